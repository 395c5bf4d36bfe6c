package id.akademikoperasi.learning.application;

import id.akademikoperasi.learning.application.TrainingSessions.AttendanceLine;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.application.TrainingSessions.SessionRow;
import id.akademikoperasi.learning.domain.session.SessionKind;
import id.akademikoperasi.learning.domain.session.TrainingSession;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the session downloads print: the sign-in sheet of one session for its organiser, and the sessions a member
 * holds a seat (or a place on the waiting list) in, for their calendar. Read-only; the rules who may see what are
 * {@link TrainingSessions}' own.
 *
 * <pre>{@code
 * SignInSheet sheet = exports.signInSheet(trainer, sessionId);   // AccessDeniedException unless they organise it
 * List<CalendarEntry> mine = exports.calendarOf(member);
 * }</pre>
 */
@ApplicationScoped
public class SessionExports {

    /** A session stays in a member's calendar this long after it ended, then drops out of the feed. */
    public static final Duration CALENDAR_KEEPS_ENDED = Duration.ofDays(30);

    /** One session's sign-in sheet: every invited member, by koperasi then name. */
    public record SignInSheet(long sessionId, SessionKind kind, String title, String place, String region,
                              Instant startsAt, Instant endsAt, List<String> invitedKoperasi,
                              List<AttendanceLine> members) {
        public SignInSheet {
            invitedKoperasi = List.copyOf(invitedKoperasi);
            members = List.copyOf(members);
        }
    }

    /** One session in a member's calendar. */
    public record CalendarEntry(long sessionId, SessionKind kind, String title, String place, String region,
                                Instant startsAt, Instant endsAt, Registration registration) {
        public boolean waitlisted() {
            return registration == Registration.WAITLISTED;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TrainingSessions sessions;

    @Inject
    private RegionDirectory regions;

    /**
     * The sheet to print before a session and enter afterwards ({@code TrainingSessions.mark(..., How.SHEET, ...)}).
     *
     * @throws id.akademikoperasi.shared.domain.NotFoundException     no such session
     * @throws id.akademikoperasi.shared.domain.AccessDeniedException the actor does not organise it
     */
    public SignInSheet signInSheet(Actor organiser, long sessionId) {
        SessionRow row = sessions.session(organiser, sessionId);
        List<AttendanceLine> members = sessions.attendance(organiser, sessionId);
        // the invitation, not the members: a koperasi with nobody active yet is still named on the sheet
        List<String> invited = em.find(TrainingSession.class, sessionId).invitedKoperasi().stream()
                .map(k -> regions.koperasi(new KoperasiId(k))).flatMap(Optional::stream).map(KoperasiView::name)
                .sorted(Comparator.naturalOrder()).toList();
        return new SignInSheet(row.id(), row.kind(), row.title(), row.place(), row.region(), row.startsAt(), row.endsAt(),
                invited, members);
    }

    /**
     * The member's sessions for their calendar: registered or waitlisted, not cancelled, not ended more than
     * {@link #CALENDAR_KEEPS_ENDED} ago, soonest first.
     */
    public List<CalendarEntry> calendarOf(Actor member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.id, s.kind, s.title, s.place, g.name, s.starts_at, s.ends_at, r.status
                        FROM lrn_session_registration r
                        JOIN lrn_session s ON s.id = r.session_id
                        JOIN org_region g ON g.code = s.region_code
                        WHERE r.account_id = ? AND r.status IN ('REGISTERED', 'WAITLISTED')
                          AND s.status = 'SCHEDULED' AND s.ends_at > ?
                        ORDER BY s.starts_at, s.id""")
                .setParameter(1, member.accountId())
                .setParameter(2, Timestamp.from(clock.instant().minus(CALENDAR_KEEPS_ENDED))).getResultList();
        return rows.stream().map(r -> new CalendarEntry(((Number) r[0]).longValue(), SessionKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], SqlValues.instant(r[5]), SqlValues.instant(r[6]),
                Registration.valueOf((String) r[7]))).toList();
    }
}
