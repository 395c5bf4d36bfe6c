package id.akademikoperasi;

import id.akademikoperasi.certification.application.CertificateRegistry;
import id.akademikoperasi.certification.application.CertificationDecisions;
import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.reporting.application.Dashboard;
import id.akademikoperasi.reporting.application.Dashboards;
import id.akademikoperasi.reporting.application.TallyRebuild;
import id.akademikoperasi.reporting.domain.Figures;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.AdjustableClock;
import id.akademikoperasi.testsupport.incontainer.AnswerKey;
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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office dashboards on the real database: changes made through the real services (enrol, lessons, exam,
 * application, approval, revocation) move the figures of the koperasi, of its kecamatan, city and province and of
 * Indonesia at once; a rebuild from the source tables gives the same figures; an officer of another city sees nothing.
 * Member +6281255000020 of Guntung (64.74.01.1004) does the work.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardsIT {

    static final Locale ID = Locale.of("id");
    static final String MEMBER = "+6281255000020";
    static final String GUNTUNG = "64.74.01.1004";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    Dashboards dashboards;
    @Inject
    TallyRebuild rebuild;
    @Inject
    LearningService learning;
    @Inject
    CertificationService certification;
    @Inject
    CertificationDecisions decisions;
    @Inject
    CertificateRegistry registry;
    @Inject
    AccountDirectory accounts;
    @Inject
    AnswerKey answerKey;
    @Inject
    AdjustableClock clock;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor officer() {
        return actor("verifikator@demo.akademikoperasi.id");
    }

    private Actor admin() {
        return actor("admin@demo.akademikoperasi.id");
    }

    /** The figures of Guntung as each level shows them: the koperasi, its row in the kecamatan, city, province, nation. */
    private List<Figures> guntung() {
        return List.of(
                dashboards.at(officer(), GUNTUNG, ID).total(),
                row(dashboards.at(officer(), "64.74.01", ID), GUNTUNG),
                row(dashboards.at(officer(), "64.74", ID), "64.74.01"),
                row(dashboards.at(admin(), "64", ID), "64.74"),
                row(dashboards.at(admin(), "", ID), "64"));
    }

    private static Figures row(Dashboard d, String code) {
        return d.rows().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private static void assertMoved(List<Figures> before, List<Figures> after, String what, long by,
                                    java.util.function.ToLongFunction<Figures> figure) {
        for (int level = 0; level < before.size(); level++) {
            assertEquals(figure.applyAsLong(before.get(level)) + by, figure.applyAsLong(after.get(level)),
                    what + " at level " + level);
        }
    }

    @Test
    @Order(1)
    void theKoperasiAndEveryLevelAboveCountMembersAndReadiness() {
        // other test classes of the run write certificates straight into the tables, past the events that keep the
        // summaries; start from a repaired state so that what follows measures only this class's own changes
        assertTrue(rebuild.all());
        List<Figures> now = guntung();
        assertTrue(now.getFirst().members() >= 1, "demo members of Guntung are counted");
        assertEquals(1, now.getFirst().koperasi());
        assertEquals(9, now.getFirst().seats(), "the default board: 5 pengurus, 3 pengawas, 1 manager");
        assertEquals(15, dashboards.at(officer(), "64.74", ID).total().koperasi(), "Bontang has 15 koperasi");
        Dashboard koperasi = dashboards.at(officer(), GUNTUNG, ID);
        assertTrue(koperasi.isKoperasi());
        assertEquals(List.of("PENGURUS", "PENGAWAS", "MANAJER"),
                koperasi.readiness().list().stream().map(p -> p.position()).toList());
        assertEquals(List.of(""), dashboards.roots(admin()), "all of Indonesia");
        assertEquals(List.of("64.74"), dashboards.roots(officer()));
    }

    @Test
    @Order(2)
    void enrollingAndCompletingACourseMovesTheLearningFigures() {
        Actor member = actor(MEMBER);
        List<Figures> before = guntung();
        learning.enrol(member, "KOP-01");
        List<Figures> enrolled = guntung();
        assertMoved(before, enrolled, "enrolled", 1, Figures::enrolled);
        assertMoved(before, enrolled, "lessons", 0, Figures::lessonsDone);

        answerKey.complete(member, "KOP-01");
        int lessons = learning.enrolment(member, "KOP-01").orElseThrow().lessonsTotal();
        List<Figures> completed = guntung();
        assertMoved(before, completed, "enrolled", 1, Figures::enrolled);
        assertMoved(before, completed, "lessons", lessons, Figures::lessonsDone);
        assertMoved(before, completed, "completed", 1, Figures::coursesCompleted);
        assertMoved(before, completed, "exams", 1, Figures::examsPassed);
        var kop01 = dashboards.at(officer(), GUNTUNG, ID).courses().stream().filter(c -> c.code().equals("KOP-01"))
                .findFirst().orElseThrow();
        assertTrue(kop01.figures().completed() >= 1);
        assertTrue(kop01.title().length() > 6, "titled in the officer's language: " + kop01.title());
    }

    @Test
    @Order(3)
    void applyingApprovingAndRevokingMoveTheCertificationFiguresAndReadiness() {
        Actor member = actor(MEMBER);
        for (String code : List.of("KOP-02", "KOP-03", "KOP-04", "KOP-05")) {
            answerKey.complete(member, code);
        }
        List<Figures> before = guntung();
        long application = certification.apply(member, "CALON_PENGAWAS", Set.of(Declaration.DATA_TRUE), null, ID);
        List<Figures> applied = guntung();
        assertMoved(before, applied, "pending", 1, Figures::pending);

        clock.advance(Duration.ofDays(365 * 3 - 60));
        List<Figures> beforeLater;
        try {
            beforeLater = guntung();   // what is already expiring around that day, apart from this certificate
        } finally {
            clock.reset();
        }
        String number = decisions.approve(officer(), application).certificateNumber();
        List<Figures> issued = guntung();
        assertMoved(before, issued, "pending", 0, Figures::pending);
        assertMoved(before, issued, "valid", 1, Figures::valid);
        assertMoved(before, issued, "expiring", 0, Figures::expiring);
        assertMoved(before, issued, "seats covered", 1, Figures::seatsCovered);
        Dashboard koperasi = dashboards.at(officer(), GUNTUNG, ID);
        assertTrue(koperasi.readiness().positions().get("PENGAWAS").candidates() >= 1);
        String issueMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString().substring(0, 7);
        assertTrue(koperasi.issuedByMonth().getOrDefault(issueMonth, Map.of()).getOrDefault("CALON_PENGAWAS", 0L) >= 1,
                "counted in the month of issue: " + koperasi.issuedByMonth());

        clock.advance(Duration.ofDays(365 * 3 - 60));
        try {
            List<Figures> later = guntung();
            for (int level = 0; level < later.size(); level++) {
                assertEquals(beforeLater.get(level).expiring() + 1, later.get(level).expiring(), "expiring at level " + level);
            }
            // almost three years on, the month of issue has left the chart's window; no month older than it is read
            String firstMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).plusDays(365 * 3 - 60)
                    .minusMonths(Dashboards.MONTHS - 1L).toString().substring(0, 7);
            for (Dashboard d : List.of(dashboards.at(officer(), GUNTUNG, ID), dashboards.at(officer(), "64.74", ID))) {
                assertTrue(d.issuedByMonth().keySet().stream().allMatch(m -> m.compareTo(firstMonth) >= 0),
                        d.issuedByMonth().keySet() + " within " + Dashboards.MONTHS + " months from " + firstMonth);
                assertFalse(d.issuedByMonth().containsKey(issueMonth), "the month of issue is out of the window");
            }
        } finally {
            clock.reset();
        }

        long certificate = new Db(dataSource).count("SELECT id FROM crt_certificate WHERE number = ?", number);
        registry.revoke(officer(), certificate, "Pernyataan tidak benar");
        List<Figures> revoked = guntung();
        assertMoved(before, revoked, "valid", 0, Figures::valid);
        assertMoved(before, revoked, "revoked", 1, Figures::revoked);
        assertMoved(before, revoked, "seats covered", 0, Figures::seatsCovered);
    }

    @Test
    @Order(4)
    void aRebuildFromTheSourceTablesGivesTheSameFigures() {
        List<Figures> counted = guntung();
        Dashboard city = dashboards.at(officer(), "64.74", ID);
        new Db(dataSource).update("DELETE FROM rpt_state");   // as a hand-made clean-up might
        assertTrue(rebuild.needed());
        assertTrue(rebuild.all());
        assertFalse(rebuild.needed(), "the rebuild records itself, so the next start does not rebuild again");
        assertEquals(counted, guntung());
        assertEquals(city.rows(), dashboards.at(officer(), "64.74", ID).rows());
        assertEquals(city.courses(), dashboards.at(officer(), "64.74", ID).courses());
        assertEquals(city.schemes(), dashboards.at(officer(), "64.74", ID).schemes());
    }

    @Test
    @Order(5)
    void anOfficerOfAnotherCitySeesNothingOfBontang() {
        Actor samarinda = new Actor(officer().accountId(), "Petugas Samarinda", Set.of(Grant.of(Role.VERIFIER, "64.72")));
        assertThrows(AccessDeniedException.class, () -> dashboards.at(samarinda, "64.74", ID));
        assertThrows(AccessDeniedException.class, () -> dashboards.at(samarinda, GUNTUNG, ID));
        assertThrows(AccessDeniedException.class, () -> dashboards.at(samarinda, "64", ID));
        assertThrows(AccessDeniedException.class, () -> dashboards.at(samarinda, "", ID));
        assertThrows(AccessDeniedException.class, () -> dashboards.at(officer(), "", ID), "Bontang's officer: not the nation");
        assertEquals(List.of("64.72"), dashboards.roots(samarinda));
        Actor member = actor(MEMBER);
        assertThrows(AccessDeniedException.class, () -> dashboards.at(member, GUNTUNG, ID));
    }
}
