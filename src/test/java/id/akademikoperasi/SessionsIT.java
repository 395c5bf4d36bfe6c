package id.akademikoperasi;

import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.application.TrainingSessions.ScheduleRequest;
import id.akademikoperasi.learning.domain.session.AttendanceStatus;
import id.akademikoperasi.learning.domain.session.SessionKind;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.AdjustableClock;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Face-to-face sessions on the real database: scheduling refusals, seats and the waiting list, check-in with the
 * rotating code (window, replay, expired codes, invited members only), attendance by hand with its history, and the
 * attendance rate a member reaches. The application's clock is moved instead of waiting.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionsIT {

    static final String GUNTUNG = "64.74.01.1004";
    static final String KANAAN = "64.74.03.1003";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    TrainingSessions sessions;
    @Inject
    AccountDirectory accounts;
    @Inject
    RegionDirectory regions;
    @Inject
    AdjustableClock clock;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    static long session;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor trainer() {
        return actor("pelatih@demo.akademikoperasi.id");
    }

    private long koperasi(String kelurahan) {
        return regions.koperasiOfVillage(RegionCode.of(kelurahan)).orElseThrow().id();
    }

    /** Active phone members of a kelurahan's koperasi, as the other tests left them. */
    private List<Actor> members(String kelurahan, int count) throws Exception {
        List<Actor> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT a.phone FROM idn_account a JOIN org_membership m ON m.account_id = a.id "
                     + "WHERE m.koperasi_id = ? AND m.status = 'ACTIVE' AND a.phone LIKE '+62812550000%' ORDER BY a.phone LIMIT ?")) {
            q.setLong(1, koperasi(kelurahan));
            q.setInt(2, count);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(actor(r.getString(1)));
                }
            }
        }
        assertEquals(count, found.size(), "enough demo members in " + kelurahan);
        return found;
    }

    private static LocalDateTime inOffice(Duration fromNow, java.time.Clock clock) {
        return LocalDateTime.ofInstant(clock.instant().plus(fromNow), ClockProducer.OFFICE_ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    @Inject
    java.time.Clock appClock;

    private ScheduleRequest request(String place, Duration startIn, Duration length, int capacity, Set<Long> koperasi) {
        LocalDateTime start = inOffice(startIn, appClock);
        return new ScheduleRequest(SessionKind.PELATIHAN, "Pelatihan RAT di Guntung", "KOP-04", null, GUNTUNG, place,
                start, start.plus(length), capacity, koperasi);
    }

    @Test
    @Order(1)
    void aSessionIsScheduledOnlyWhenEverythingFitsAndNothingIsWrittenOtherwise() throws Exception {
        Db db = new Db(dataSource);
        long before = db.count("SELECT COUNT(*) FROM lrn_session");
        Set<Long> guntung = Set.of(koperasi(GUNTUNG));

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> sessions.schedule(trainer(),
                request("Aula Kelurahan Guntung", Duration.ofHours(-2), Duration.ofHours(-1), 0, Set.of(koperasi(KANAAN)))));
        assertTrue(bad.hasProblem("learning.session.inPast"));
        assertTrue(bad.hasProblem("learning.session.endBeforeStart"));
        assertTrue(bad.hasProblem("learning.session.capacity"));
        assertTrue(bad.hasProblem("learning.session.koperasiOutside"), "Kanaan's koperasi is not in Guntung");
        assertThrows(AccessDeniedException.class, () -> sessions.schedule(members(GUNTUNG, 1).getFirst(),
                request("Aula Kelurahan Guntung", Duration.ofHours(1), Duration.ofHours(2), 2, guntung)), "a member schedules nothing");
        assertThrows(AccessDeniedException.class, () -> sessions.schedule(actor("verifikator@demo.akademikoperasi.id"),
                request("Aula Kelurahan Guntung", Duration.ofHours(1), Duration.ofHours(2), 2, guntung)),
                "DKUMPP schedules sosialisasi, not pelatihan");
        assertEquals(before, db.count("SELECT COUNT(*) FROM lrn_session"), "refused: nothing written");

        session = sessions.schedule(trainer(), request("Aula Kelurahan Guntung", Duration.ofHours(1), Duration.ofHours(2), 2, guntung));
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.schedule(trainer(),
                        request("  aula kelurahan   GUNTUNG ", Duration.ofMinutes(90), Duration.ofHours(2), 20, guntung)))
                .hasProblem("learning.session.placeTaken"), "the same hall at an overlapping time");
        sessions.schedule(trainer(), request("Kantor Koperasi Guntung", Duration.ofMinutes(90), Duration.ofHours(2), 20, guntung));
        assertEquals(before + 2, db.count("SELECT COUNT(*) FROM lrn_session"));
    }

    @Test
    @Order(2)
    void seatsGoInOrderAndTheWaitingListMovesUpWhenSomeoneWithdraws() throws Exception {
        List<Actor> three = members(GUNTUNG, 3);
        assertEquals(Registration.REGISTERED, sessions.register(three.get(0), session));
        assertEquals(Registration.REGISTERED, sessions.register(three.get(1), session));
        assertEquals(Registration.WAITLISTED, sessions.register(three.get(2), session), "capacity 2: full");
        assertEquals(Registration.REGISTERED, sessions.register(three.get(0), session), "asking again changes nothing");
        assertThrows(NotFoundException.class, () -> sessions.register(members(KANAAN, 1).getFirst(), session),
                "Kanaan's members are not invited");

        sessions.unregister(three.get(1), session);
        assertEquals(Registration.REGISTERED, sessions.upcomingFor(three.get(2)).stream()
                .filter(s -> s.id() == session).findFirst().orElseThrow().mine(), "the first on the waiting list takes the seat");
        assertEquals(2, sessions.session(trainer(), session).registered());
    }

    @Test
    @Order(3)
    void checkInOnlyInTheWindowOnlyOnceOnlyWithTheCurrentCodeOnlyForInvitedMembers() throws Exception {
        List<Actor> three = members(GUNTUNG, 3);
        String early = sessions.checkInScreen(trainer(), session).code();
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.checkIn(three.get(0), session, early))
                .hasProblem("learning.checkIn.notOpen"), "an hour before the start");

        clock.advance(Duration.ofHours(1));
        var screen = sessions.checkInScreen(trainer(), session);
        assertTrue(screen.open());
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.checkIn(three.get(0), session, "000000".equals(screen.code()) ? "111111" : "000000"))
                .hasProblem("learning.checkIn.codeInvalid"), "a forged code");
        assertEquals(AttendanceStatus.PRESENT, sessions.checkIn(three.get(0), session, screen.code()));
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.checkIn(three.get(0), session, screen.code()))
                .hasProblem("learning.checkIn.already"), "only once");
        assertEquals(AttendanceStatus.PRESENT, sessions.checkIn(three.get(2), null, screen.code()), "typed, without the QR's session");
        assertThrows(NotFoundException.class, () -> sessions.checkIn(members(KANAAN, 1).getFirst(), session, screen.code()),
                "not invited");

        String photographed = sessions.checkInScreen(trainer(), session).code();
        clock.advance(Duration.ofSeconds(65));
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.checkIn(three.get(1), session, photographed))
                .hasProblem("learning.checkIn.codeInvalid"), "a screenshot a minute old");
        assertEquals(2, sessions.checkInScreen(trainer(), session).present().size());
        assertEquals(2, new Db(dataSource).count("SELECT COUNT(*) FROM lrn_attendance WHERE session_id = ?", session));
    }

    @Test
    @Order(4)
    void theTrainerCorrectsAttendanceWithAReasonAndEveryChangeIsKept() throws Exception {
        List<Actor> three = members(GUNTUNG, 3);
        long member = three.get(0).accountId();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> sessions.mark(trainer(), session, member, AttendanceStatus.LATE, TrainingSessions.How.MANUAL, " "));
        assertTrue(refused.hasProblem("learning.attendance.reasonRequired"));
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.mark(trainer(), session,
                members(KANAAN, 1).getFirst().accountId(), AttendanceStatus.PRESENT, TrainingSessions.How.MANUAL, "hadir"))
                .hasProblem("learning.attendance.notInvited"));
        assertThrows(AccessDeniedException.class, () -> sessions.mark(three.get(1), session, member, AttendanceStatus.ABSENT,
                TrainingSessions.How.MANUAL, "saya"));

        sessions.mark(trainer(), session, member, AttendanceStatus.LATE, TrainingSessions.How.MANUAL, "Datang pukul 10.20");
        sessions.mark(trainer(), session, three.get(1).accountId(), AttendanceStatus.EXCUSED, TrainingSessions.How.SHEET,
                "Izin sakit, surat dokter");
        var history = sessions.history(trainer(), session, member);
        assertEquals(2, history.size());
        assertEquals(AttendanceStatus.PRESENT, history.get(0).to());
        assertEquals(TrainingSessions.How.CHECK_IN, history.get(0).how());
        assertEquals(AttendanceStatus.PRESENT, history.get(1).from());
        assertEquals(AttendanceStatus.LATE, history.get(1).to());
        assertEquals("Datang pukul 10.20", history.get(1).reason());
        assertEquals("Hendra Gunawan", history.get(1).by());
    }

    @Test
    @Order(5)
    void theRateCountsHeldSessionsOfTheCourse() throws Exception {
        List<Actor> three = members(GUNTUNG, 3);
        assertTrue(sessions.rate(three.get(0).accountId(), "KOP-04", null).percent().isEmpty(), "not held yet");
        clock.advance(Duration.ofHours(3));
        // two sessions of KOP-04 have ended: the one attended and the one in the other room, never attended
        assertEquals(50, sessions.rate(three.get(0).accountId(), "KOP-04", null).percent().getAsInt(), "late counts as attended");
        assertEquals(0, sessions.rate(three.get(1).accountId(), "KOP-04", null).percent().getAsInt(), "excused from one, absent from the other");
        assertTrue(sessions.rate(three.get(0).accountId(), "KOP-01", null).percent().isEmpty(), "no session of another course");
    }

    @Test
    @Order(6)
    void aCancelledSessionTakesNoMoreSeatsAndNoLongerCounts() throws Exception {
        List<Actor> three = members(GUNTUNG, 3);
        long later = sessions.schedule(trainer(), request("Balai Pertemuan Guntung", Duration.ofHours(5), Duration.ofHours(1), 10,
                Set.of(koperasi(GUNTUNG))));
        sessions.register(three.get(0), later);
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.cancel(trainer(), later, " "))
                .hasProblem("learning.session.cancelReason"));
        assertThrows(AccessDeniedException.class, () -> sessions.cancel(three.get(0), later, "hujan"));
        sessions.cancel(trainer(), later, "Aula dipakai untuk posyandu");
        assertTrue(assertThrows(InvalidInputException.class, () -> sessions.register(three.get(1), later))
                .hasProblem("learning.session.closed"));
        assertTrue(sessions.upcomingFor(three.get(0)).stream().anyMatch(s -> s.id() == later && s.cancelled()),
                "the member sees that it was called off");
        clock.advance(Duration.ofHours(7));
        assertEquals(50, sessions.rate(three.get(0).accountId(), "KOP-04", null).percent().getAsInt(), "not counted");
    }
}
