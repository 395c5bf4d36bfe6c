package id.akademikoperasi.learning.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.learning.domain.session.AttendanceRate;
import id.akademikoperasi.learning.domain.session.AttendanceStatus;
import id.akademikoperasi.learning.domain.session.CheckInCode;
import id.akademikoperasi.learning.domain.session.SessionKind;
import id.akademikoperasi.learning.domain.session.TrainingSession;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Face-to-face sessions: trainers (and DKUMPP for sosialisasi) schedule them for the koperasi of their region,
 * members of the invited koperasi register (a waiting list when full) and check in with the rotating code on the
 * trainer's screen; trainers correct attendance by hand with a reason, every change kept.
 *
 * <pre>{@code
 * long id = sessions.schedule(trainer, new ScheduleRequest(SessionKind.PELATIHAN, "Pelatihan RAT", "KOP-04", null,
 *         "64.74.01.1004", "Aula Kelurahan Guntung", start, end, 40, Set.of(guntung)));
 * sessions.register(member, id);                               // REGISTERED or WAITLISTED
 * sessions.checkIn(member, null, "042917");                   // PRESENT (or LATE), once
 * }</pre>
 */
@ApplicationScoped
public class TrainingSessions {

    private static final SecureRandom SECRETS = new SecureRandom();
    public static final int MAX_REASON = 500;

    public enum Registration { REGISTERED, WAITLISTED, CANCELLED }

    public enum How { CHECK_IN, MANUAL, SHEET }

    public record ScheduleRequest(SessionKind kind, String title, String courseCode, String schemeCode, String regionCode,
                                  String place, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity,
                                  Set<Long> koperasiIds) implements Serializable {
    }

    /** A session as listed; {@code mine} is the asking member's registration, or {@code null}. */
    public record SessionRow(long id, SessionKind kind, String title, String courseCode, String schemeCode,
                             String regionCode, String region,
                             String place, Instant startsAt, Instant endsAt, int capacity, long registered,
                             long waitlisted, boolean cancelled, Registration mine, AttendanceStatus attendance)
            implements Serializable {
        public boolean isFull() {
            return registered >= capacity;
        }
    }

    /** What the trainer's check-in screen shows. */
    public record CheckInScreen(long sessionId, String title, String code, Instant changesAt, boolean open,
                                List<AttendanceLine> present) implements Serializable {
    }

    /** One invited member with their registration and attendance. */
    public record AttendanceLine(long accountId, String name, String koperasi, Registration registration,
                                 AttendanceStatus status, Instant recordedAt) implements Serializable {
    }

    public record ChangeLine(AttendanceStatus from, AttendanceStatus to, How how, String reason, String by, Instant at)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RegionDirectory regions;

    @Inject
    private CatalogService catalog;

    @Inject
    private id.akademikoperasi.organisation.application.MembershipService memberships;

    /** Schedules a session; every problem is named on its field and nothing is written. */
    @Transactional
    public long schedule(Actor actor, ScheduleRequest r) {
        Problems problems = new Problems();
        if (r.kind() == null) {
            problems.add("kind", "learning.session.kindRequired");
        }
        if (r.title() == null || r.title().isBlank()) {
            problems.add("title", "learning.session.titleRequired");
        } else if (r.title().strip().length() > TrainingSession.MAX_TITLE) {
            problems.add("title", "learning.session.tooLong", TrainingSession.MAX_TITLE);
        }
        if (r.place() == null || r.place().isBlank()) {
            problems.add("place", "learning.session.placeRequired");
        } else if (r.place().strip().length() > TrainingSession.MAX_PLACE) {
            problems.add("place", "learning.session.tooLong", TrainingSession.MAX_PLACE);
        }
        Optional<RegionView> region = r.regionCode() == null || !RegionCode.isValid(r.regionCode()) ? Optional.empty()
                : regions.find(RegionCode.of(r.regionCode()));
        if (region.isEmpty() || (region.get().level() != RegionLevel.KECAMATAN && region.get().level() != RegionLevel.KELURAHAN_DESA)) {
            problems.add("region", "learning.session.regionInvalid");
        }
        Instant start = r.startsAt() == null ? null : r.startsAt().atZone(ClockProducer.OFFICE_ZONE).toInstant();
        Instant end = r.endsAt() == null ? null : r.endsAt().atZone(ClockProducer.OFFICE_ZONE).toInstant();
        if (start == null) {
            problems.add("start", "learning.session.startRequired");
        } else if (start.isBefore(clock.instant())) {
            problems.add("start", "learning.session.inPast");
        }
        if (end == null) {
            problems.add("end", "learning.session.endRequired");
        } else if (start != null && !end.isAfter(start)) {
            problems.add("end", "learning.session.endBeforeStart");
        }
        if (r.capacity() == null || r.capacity() < 1 || r.capacity() > TrainingSession.MAX_CAPACITY) {
            problems.add("capacity", "learning.session.capacity", TrainingSession.MAX_CAPACITY);
        }
        if (r.courseCode() != null && !r.courseCode().isBlank() && catalog.courseId(r.courseCode().strip()).isEmpty()) {
            problems.add("course", "learning.session.courseUnknown", r.courseCode());
        }
        if (r.schemeCode() != null && !r.schemeCode().isBlank() && !r.schemeCode().strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add("scheme", "learning.session.schemeInvalid");
        }
        Set<Long> invited = new LinkedHashSet<>(r.koperasiIds() == null ? Set.of() : r.koperasiIds());
        if (invited.isEmpty()) {
            problems.add("koperasi", "learning.session.koperasiRequired");
        } else if (region.isPresent()) {
            for (Long k : invited) {
                Optional<KoperasiView> koperasi = regions.koperasi(new KoperasiId(k));
                if (koperasi.isEmpty() || !(koperasi.get().kelurahanCode().equals(region.get().code())
                        || koperasi.get().kelurahanCode().startsWith(region.get().code() + "."))) {
                    problems.add("koperasi", "learning.session.koperasiOutside");
                    break;
                }
            }
        }
        if (region.isPresent() && r.kind() != null) {
            requireMaySchedule(actor, r.kind(), region.get().code());
        }
        if (region.isPresent() && start != null && end != null && end.isAfter(start) && r.place() != null && !r.place().isBlank()) {
            List<?> clash = em.createNativeQuery("SELECT id FROM lrn_session WHERE region_code = ? AND place_key = ? "
                            + "AND status = 'SCHEDULED' AND starts_at < ? AND ends_at > ? FOR UPDATE")
                    .setParameter(1, region.get().code()).setParameter(2, TrainingSession.placeKey(r.place()))
                    .setParameter(3, Timestamp.from(end)).setParameter(4, Timestamp.from(start)).getResultList();
            if (!clash.isEmpty()) {
                problems.add("place", "learning.session.placeTaken");
            }
        }
        problems.throwIfAny();
        byte[] secret = new byte[32];
        SECRETS.nextBytes(secret);
        TrainingSession session = TrainingSession.schedule(r.kind(), r.title(), blankToNull(r.courseCode()),
                blankToNull(r.schemeCode()), region.get().code(), r.place(), start, end, r.capacity(), invited, secret,
                actor.accountId(), clock.instant());
        em.persist(session);
        em.flush();
        StructuredLog.event("learning.sessionScheduled", "by", actor.accountId(), "session", session.id(),
                "kind", session.kind(), "region", session.regionCode(), "start", session.startsAt());
        return session.id();
    }

    /**
     * The organiser calls a session off, with a reason members will read; it keeps its registrations and attendance
     * but takes no more, and no longer counts for attendance rates.
     */
    @Transactional
    public void cancel(Actor actor, long sessionId, String reason) {
        TrainingSession s = locked(sessionId);
        requireMayOrganise(actor, s);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Problem.of("reason", "learning.session.cancelReason"));
        }
        if (s.status() == TrainingSession.Status.CANCELLED || s.hasEnded(clock.instant())) {
            throw new InvalidInputException(Problem.of(null, "learning.session.closed"));
        }
        s.cancel();
        StructuredLog.event("learning.sessionCancelled", "by", actor.accountId(), "session", sessionId, "reason", reason.strip());
    }

    /** Upcoming (and running) sessions that invite the member's koperasi, with their registration; cancelled ones say so. */
    public List<SessionRow> upcomingFor(Actor member) {
        Optional<Long> koperasi = koperasiOf(member.accountId());
        if (koperasi.isEmpty()) {
            return List.of();
        }
        return rows("JOIN lrn_session_koperasi k ON k.session_id = s.id AND k.koperasi_id = ? "
                + "WHERE s.ends_at > ? ORDER BY s.starts_at", member.accountId(),
                koperasi.get(), Timestamp.from(clock.instant()));
    }

    /** The sessions an organiser sees: those of their regions, newest first (admins: all). */
    public List<SessionRow> organisedBy(Actor actor) {
        requireOrganiser(actor);
        List<SessionRow> all = rows("WHERE s.starts_at > ? ORDER BY s.starts_at DESC", actor.accountId(),
                Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(120))));
        return all.stream().filter(s -> mayOrganise(actor, s.kind(), s.regionCode())).toList();
    }

    /** One session as its organiser sees it. */
    public SessionRow session(Actor actor, long sessionId) {
        TrainingSession s = find(sessionId);
        requireMayOrganise(actor, s);
        return rows("WHERE s.id = ?", actor.accountId(), sessionId).getFirst();
    }

    /**
     * The member takes a seat, or a place on the waiting list when the session is full; asking again changes
     * nothing.
     */
    @Transactional
    public Registration register(Actor member, long sessionId) {
        TrainingSession s = locked(sessionId);
        requireInvited(member, s);
        if (s.status() != TrainingSession.Status.SCHEDULED || s.hasEnded(clock.instant())) {
            throw new InvalidInputException(Problem.of(null, "learning.session.closed"));
        }
        Optional<Registration> current = registrationOf(sessionId, member.accountId());
        if (current.isPresent() && current.get() != Registration.CANCELLED) {
            return current.get();
        }
        Registration status = registeredCount(sessionId) < s.capacity() ? Registration.REGISTERED : Registration.WAITLISTED;
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("INSERT INTO lrn_session_registration (session_id, account_id, status, registered_at, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE status = VALUES(status), "
                        + "registered_at = VALUES(registered_at), changed_at = VALUES(changed_at)")
                .setParameter(1, sessionId).setParameter(2, member.accountId()).setParameter(3, status.name())
                .setParameter(4, now).setParameter(5, now).executeUpdate();
        StructuredLog.event("learning.sessionRegistered", "account", member.accountId(), "session", sessionId, "status", status);
        return status;
    }

    /** The member gives up their seat; the first on the waiting list takes it. */
    @Transactional
    public void unregister(Actor member, long sessionId) {
        TrainingSession s = locked(sessionId);
        Optional<Registration> current = registrationOf(sessionId, member.accountId());
        if (current.isEmpty() || current.get() == Registration.CANCELLED) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("UPDATE lrn_session_registration SET status = 'CANCELLED', changed_at = ? "
                        + "WHERE session_id = ? AND account_id = ?")
                .setParameter(1, now).setParameter(2, sessionId).setParameter(3, member.accountId()).executeUpdate();
        if (current.get() == Registration.REGISTERED && registeredCount(sessionId) < s.capacity()) {
            List<?> next = em.createNativeQuery("SELECT account_id FROM lrn_session_registration WHERE session_id = ? "
                    + "AND status = 'WAITLISTED' ORDER BY registered_at, account_id LIMIT 1").setParameter(1, sessionId).getResultList();
            if (!next.isEmpty()) {
                long promoted = ((Number) next.getFirst()).longValue();
                em.createNativeQuery("UPDATE lrn_session_registration SET status = 'REGISTERED', changed_at = ? "
                                + "WHERE session_id = ? AND account_id = ?")
                        .setParameter(1, now).setParameter(2, sessionId).setParameter(3, promoted).executeUpdate();
                StructuredLog.event("learning.sessionPromoted", "account", promoted, "session", sessionId);
            }
        }
        StructuredLog.event("learning.sessionUnregistered", "account", member.accountId(), "session", sessionId);
    }

    /**
     * The member checks in with the code on the trainer's screen: scanned (the QR names the session) or typed (then
     * every session open for them now is tried). Only during the session's window, only for invited members, only
     * once, only with the current code or the one just before it.
     *
     * @return the attendance recorded (present, or late after the first 15 minutes)
     */
    @Transactional
    public AttendanceStatus checkIn(Actor member, Long sessionId, String code) {
        Instant now = clock.instant();
        List<TrainingSession> candidates;
        if (sessionId != null) {
            TrainingSession s = locked(sessionId);
            requireInvited(member, s);
            if (!s.isOpenForCheckIn(now)) {
                throw new InvalidInputException(Problem.of("code", "learning.checkIn.notOpen"));
            }
            candidates = List.of(s);
        } else {
            Optional<Long> koperasi = koperasiOf(member.accountId());
            candidates = koperasi.isEmpty() ? List.of() : em.createQuery("SELECT s FROM TrainingSession s JOIN s.invitedKoperasi k "
                            + "WHERE k = :k AND s.status = :scheduled AND s.startsAt <= :early AND s.endsAt >= :now", TrainingSession.class)
                    .setParameter("k", koperasi.get()).setParameter("scheduled", TrainingSession.Status.SCHEDULED)
                    .setParameter("early", now.plus(TrainingSession.EARLY_CHECK_IN)).setParameter("now", now).getResultList();
            if (candidates.isEmpty()) {
                throw new InvalidInputException(Problem.of("code", "learning.checkIn.noneOpen"));
            }
        }
        TrainingSession matched = candidates.stream().filter(s -> s.checkInCode().accepts(code, now)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Problem.of("code", "learning.checkIn.codeInvalid")));
        em.find(TrainingSession.class, matched.id(), LockModeType.PESSIMISTIC_WRITE);
        Optional<AttendanceStatus> already = attendanceOf(matched.id(), member.accountId());
        if (already.isPresent() && already.get().attended()) {
            throw new InvalidInputException(Problem.of("code", "learning.checkIn.already"));
        }
        AttendanceStatus status = matched.arrivalStatus(now);
        record(matched.id(), member.accountId(), already.orElse(null), status, How.CHECK_IN, null, member.accountId(), now);
        StructuredLog.event("learning.checkedIn", "account", member.accountId(), "session", matched.id(), "status", status);
        return status;
    }

    /** The trainer's check-in screen: the code of this moment, when it changes, and who is present so far. */
    public CheckInScreen checkInScreen(Actor actor, long sessionId) {
        TrainingSession s = find(sessionId);
        requireMayOrganise(actor, s);
        Instant now = clock.instant();
        CheckInCode code = s.checkInCode();
        List<AttendanceLine> present = attendance(actor, sessionId).stream()
                .filter(l -> l.status() != null && l.status().attended()).toList();
        return new CheckInScreen(s.id(), s.title(), code.at(now), code.nextChangeAfter(now), s.isOpenForCheckIn(now), present);
    }

    /** Every invited member (active members of the invited koperasi), with registration and attendance. */
    public List<AttendanceLine> attendance(Actor actor, long sessionId) {
        TrainingSession s = find(sessionId);
        requireMayOrganise(actor, s);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.display_name, k.name, r.status, t.status, t.recorded_at
                        FROM lrn_session_koperasi sk
                        JOIN org_membership m ON m.koperasi_id = sk.koperasi_id AND m.status = 'ACTIVE'
                        JOIN idn_account a ON a.id = m.account_id
                        JOIN org_koperasi k ON k.id = m.koperasi_id
                        LEFT JOIN lrn_session_registration r ON r.session_id = sk.session_id AND r.account_id = a.id
                        LEFT JOIN lrn_attendance t ON t.session_id = sk.session_id AND t.account_id = a.id
                        WHERE sk.session_id = ?
                        ORDER BY k.name, a.display_name, a.id""").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new AttendanceLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : Registration.valueOf((String) r[3]),
                r[4] == null ? null : AttendanceStatus.valueOf((String) r[4]), SqlValues.instant(r[5]))).toList();
    }

    /**
     * The organiser sets a member's attendance by hand (or from the signed sheet), with a reason; the value it
     * replaces, who and when are kept.
     */
    @Transactional
    public void mark(Actor actor, long sessionId, long accountId, AttendanceStatus status, How how, String reason) {
        TrainingSession s = locked(sessionId);
        requireMayOrganise(actor, s);
        Problems problems = new Problems();
        if (status == null) {
            problems.add("status", "learning.attendance.statusRequired");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "learning.attendance.reasonRequired");
        } else if (reason.strip().length() > MAX_REASON) {
            problems.add("reason", "learning.session.tooLong", MAX_REASON);
        }
        if (attendance(actor, sessionId).stream().noneMatch(l -> l.accountId() == accountId)) {
            problems.add("member", "learning.attendance.notInvited");
        }
        if (clock.instant().isBefore(s.startsAt().minus(TrainingSession.EARLY_CHECK_IN))) {
            problems.add("status", "learning.attendance.notStarted");
        }
        problems.throwIfAny();
        Optional<AttendanceStatus> before = attendanceOf(sessionId, accountId);
        if (before.isPresent() && before.get() == status) {
            return;
        }
        record(sessionId, accountId, before.orElse(null), status, how == null ? How.MANUAL : how, reason.strip(),
                actor.accountId(), clock.instant());
        StructuredLog.event("learning.attendanceMarked", "by", actor.accountId(), "session", sessionId, "account", accountId,
                "from", before.orElse(null), "to", status);
    }

    /** Every change of one member's attendance at a session, oldest first. */
    public List<ChangeLine> history(Actor actor, long sessionId, long accountId) {
        requireMayOrganise(actor, find(sessionId));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.old_status, c.new_status, c.how, c.reason, a.display_name, c.changed_at "
                        + "FROM lrn_attendance_change c JOIN idn_account a ON a.id = c.changed_by "
                        + "WHERE c.session_id = ? AND c.account_id = ? ORDER BY c.changed_at, c.id")
                .setParameter(1, sessionId).setParameter(2, accountId).getResultList();
        return rows.stream().map(r -> new ChangeLine(r[0] == null ? null : AttendanceStatus.valueOf((String) r[0]),
                AttendanceStatus.valueOf((String) r[1]), How.valueOf((String) r[2]), (String) r[3], (String) r[4],
                SqlValues.instant(r[5]))).toList();
    }

    /**
     * How much of the face-to-face part of a course ({@code courseCode}) or scheme ({@code schemeCode}) a member
     * attended: the sessions for it that have ended and invited their koperasi.
     */
    public AttendanceRate rate(long accountId, String courseCode, String schemeCode) {
        Optional<Long> koperasi = koperasiOf(accountId);
        if (koperasi.isEmpty()) {
            return AttendanceRate.of(List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                        SELECT t.status FROM lrn_session s
                        JOIN lrn_session_koperasi k ON k.session_id = s.id AND k.koperasi_id = ?
                        LEFT JOIN lrn_attendance t ON t.session_id = s.id AND t.account_id = ?
                        WHERE s.status = 'SCHEDULED' AND s.ends_at < ? AND (s.course_code = ? OR s.scheme_code = ?)""")
                .setParameter(1, koperasi.get()).setParameter(2, accountId).setParameter(3, Timestamp.from(clock.instant()))
                .setParameter(4, courseCode == null ? "" : courseCode).setParameter(5, schemeCode == null ? "" : schemeCode)
                .getResultList();
        return AttendanceRate.of(rows.stream().map(s -> s == null ? null : AttendanceStatus.valueOf((String) s)).toList());
    }

    /** A member's attendance rate for one course or scheme that has face-to-face sessions for their koperasi. */
    public record RateLine(String courseCode, String schemeCode, AttendanceRate rate) implements Serializable {
    }

    /** The member's attendance rate for every course and scheme whose sessions invite their koperasi. */
    public List<RateLine> ratesFor(Actor member) {
        Optional<Long> koperasi = koperasiOf(member.accountId());
        if (koperasi.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("""
                        SELECT DISTINCT s.course_code, s.scheme_code FROM lrn_session s
                        JOIN lrn_session_koperasi k ON k.session_id = s.id AND k.koperasi_id = ?
                        WHERE s.status = 'SCHEDULED' AND (s.course_code IS NOT NULL OR s.scheme_code IS NOT NULL)
                        ORDER BY s.course_code, s.scheme_code""").setParameter(1, koperasi.get()).getResultList();
        List<RateLine> lines = new ArrayList<>();
        for (Object[] k : keys) {
            String course = (String) k[0];
            String scheme = course == null ? (String) k[1] : null;
            lines.add(new RateLine(course, scheme, rate(member.accountId(), course, scheme)));
        }
        return lines;
    }

    /** The regions an organiser may hold sessions in: the kecamatan and kelurahan under their grants. */
    public List<RegionView> regionsFor(Actor actor) {
        requireOrganiser(actor);
        List<RegionView> found = new ArrayList<>();
        for (String scope : scopes(actor)) {
            collect(scope.isEmpty() ? null : RegionCode.of(scope), found);
        }
        return found.stream().distinct().toList();
    }

    private void collect(RegionCode parent, List<RegionView> found) {
        List<RegionView> level = parent == null ? regions.provinces() : regions.children(parent);
        for (RegionView r : level) {
            if (r.level() == RegionLevel.KECAMATAN) {
                found.add(r);
                found.addAll(regions.children(RegionCode.of(r.code())));
            } else if (r.level() == RegionLevel.KELURAHAN_DESA) {
                found.add(r);
            } else if (found.size() < 400) {
                collect(RegionCode.of(r.code()), found);
            }
        }
        if (parent != null && found.isEmpty()) {
            regions.find(parent).filter(r -> r.level() == RegionLevel.KELURAHAN_DESA).ifPresent(found::add);
        }
    }

    private static List<String> scopes(Actor actor) {
        if (actor.has(Role.SYSADMIN)) {
            return List.of("64.74");   // the programme starts in Kota Bontang; admins see its regions
        }
        List<String> scopes = new ArrayList<>(actor.scopesOf(Role.TRAINER));
        scopes.addAll(actor.scopesOf(Role.VERIFIER));
        return scopes.stream().map(s -> s.isEmpty() ? "64.74" : s).distinct().toList();
    }

    /** The koperasi a session in this region may invite. */
    public List<KoperasiView> koperasiIn(String regionCode) {
        return regionCode == null || !RegionCode.isValid(regionCode) ? List.of() : regions.koperasiWithin(RegionCode.of(regionCode));
    }

    // --- rows and rules ---------------------------------------------------------------------------------------

    private void record(long sessionId, long accountId, AttendanceStatus before, AttendanceStatus status, How how,
                        String reason, long by, Instant at) {
        em.createNativeQuery("INSERT INTO lrn_attendance (session_id, account_id, status, recorded_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE status = VALUES(status), recorded_at = VALUES(recorded_at)")
                .setParameter(1, sessionId).setParameter(2, accountId).setParameter(3, status.name())
                .setParameter(4, Timestamp.from(at)).executeUpdate();
        em.createNativeQuery("INSERT INTO lrn_attendance_change (session_id, account_id, old_status, new_status, how, reason, "
                        + "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, sessionId).setParameter(2, accountId).setParameter(3, before == null ? null : before.name())
                .setParameter(4, status.name()).setParameter(5, how.name()).setParameter(6, reason).setParameter(7, by)
                .setParameter(8, Timestamp.from(at)).executeUpdate();
    }

    private List<SessionRow> rows(String tail, long asking, Object... parameters) {
        var query = em.createNativeQuery("""
                SELECT s.id, s.kind, s.title, s.course_code, s.scheme_code, s.region_code, g.name, s.place, s.starts_at, s.ends_at, s.capacity,
                       (SELECT COUNT(*) FROM lrn_session_registration r WHERE r.session_id = s.id AND r.status = 'REGISTERED'),
                       (SELECT COUNT(*) FROM lrn_session_registration r WHERE r.session_id = s.id AND r.status = 'WAITLISTED'),
                       s.status,
                       (SELECT r.status FROM lrn_session_registration r WHERE r.session_id = s.id AND r.account_id = ?),
                       (SELECT t.status FROM lrn_attendance t WHERE t.session_id = s.id AND t.account_id = ?)
                FROM lrn_session s JOIN org_region g ON g.code = s.region_code
                """ + tail).setParameter(1, asking).setParameter(2, asking);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 3, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SessionRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new SessionRow(((Number) r[0]).longValue(), SessionKind.valueOf((String) r[1]), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], SqlValues.instant(r[8]),
                    SqlValues.instant(r[9]), ((Number) r[10]).intValue(), ((Number) r[11]).longValue(),
                    ((Number) r[12]).longValue(), "CANCELLED".equals(r[13]),
                    r[14] == null ? null : Registration.valueOf((String) r[14]),
                    r[15] == null ? null : AttendanceStatus.valueOf((String) r[15])));
        }
        return result;
    }

    private Optional<Registration> registrationOf(long sessionId, long accountId) {
        List<?> rows = em.createNativeQuery("SELECT status FROM lrn_session_registration WHERE session_id = ? AND account_id = ?")
                .setParameter(1, sessionId).setParameter(2, accountId).getResultList();
        return rows.stream().findFirst().map(s -> Registration.valueOf((String) s));
    }

    private Optional<AttendanceStatus> attendanceOf(long sessionId, long accountId) {
        List<?> rows = em.createNativeQuery("SELECT status FROM lrn_attendance WHERE session_id = ? AND account_id = ?")
                .setParameter(1, sessionId).setParameter(2, accountId).getResultList();
        return rows.stream().findFirst().map(s -> AttendanceStatus.valueOf((String) s));
    }

    private long registeredCount(long sessionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM lrn_session_registration WHERE session_id = ? "
                + "AND status = 'REGISTERED'").setParameter(1, sessionId).getSingleResult()).longValue();
    }

    private Optional<Long> koperasiOf(long accountId) {
        return memberships.activeKoperasiOf(accountId).map(KoperasiId::value);
    }

    private TrainingSession find(long sessionId) {
        TrainingSession s = em.find(TrainingSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException("learning.session.notFound");
        }
        return s;
    }

    private TrainingSession locked(long sessionId) {
        TrainingSession s = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("learning.session.notFound");
        }
        return s;
    }

    /** A member outside the invited koperasi meets a session that does not exist for them. */
    private void requireInvited(Actor member, TrainingSession s) {
        Optional<Long> koperasi = koperasiOf(member.accountId());
        if (koperasi.isEmpty() || !s.invites(koperasi.get())) {
            throw new NotFoundException("learning.session.notFound");
        }
    }

    private static boolean mayOrganise(Actor actor, SessionKind kind, String regionCode) {
        return actor.can(Role.TRAINER, regionCode) || (kind == SessionKind.SOSIALISASI && actor.can(Role.VERIFIER, regionCode));
    }

    private static void requireMaySchedule(Actor actor, SessionKind kind, String regionCode) {
        if (!mayOrganise(actor, kind, regionCode)) {
            throw new AccessDeniedException("account " + actor.accountId() + " may not schedule " + kind + " in " + regionCode);
        }
    }

    private static void requireMayOrganise(Actor actor, TrainingSession s) {
        if (!mayOrganise(actor, s.kind(), s.regionCode())) {
            throw new AccessDeniedException("account " + actor.accountId() + " may not organise session " + s.id());
        }
    }

    private static void requireOrganiser(Actor actor) {
        if (!actor.has(Role.TRAINER) && !actor.has(Role.VERIFIER) && !actor.has(Role.SYSADMIN)) {
            throw new AccessDeniedException("account " + actor.accountId() + " organises no sessions");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
