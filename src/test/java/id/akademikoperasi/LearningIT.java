package id.akademikoperasi;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CurriculumImporter;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.learning.application.CourseProgress;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.HttpLogin;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrolment and progress on the real database: progress is computed when it happens, the version a member took is
 * pinned through a republication, members touch only their own enrolments, and whole koperasi are enrolled by the
 * people allowed to.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearningIT {

    static final String COURSE = "KOP-LRN";
    static final String GUNTUNG = "64.74.01.1004";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    LearningService learning;
    @Inject
    CatalogService catalog;
    @Inject
    CurriculumImporter importer;
    @Inject
    AccountDirectory accounts;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor member(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor siti() {
        return member("anggota@demo.akademikoperasi.id");
    }

    private Actor otherMember() {
        return member("+6281255000001");
    }

    /** A course of {@code lessons} lessons without a final exam, imported like the shipped ones. */
    private void publish(int lessons, String wording) throws Exception {
        Path root = Files.createTempDirectory("it-learning");
        Path course = root.resolve("belajar");
        Files.createDirectories(course.resolve("lessons"));
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= lessons; i++) {
            Files.writeString(course.resolve("lessons/0" + i + ".md"), "## Pelajaran " + i + "\n\n" + wording + "\n");
            list.append("      - file: lessons/0").append(i).append(".md\n")
                    .append("        title: { id: \"Pelajaran ").append(i).append("\", en: \"Lesson ").append(i).append("\" }\n")
                    .append("        minutes: 5\n");
        }
        Files.writeString(course.resolve("course.yml"), """
                code: KOP-LRN
                title: { id: "Belajar Bertahap", en: "Step by Step" }
                summary: { id: "Kursus uji kemajuan belajar.", en: "A course to test progress." }
                category: TATA_KELOLA
                level: DASAR
                estimatedMinutes: 15
                leadsTo: []
                modules:
                  - title: { id: "Modul", en: "Module" }
                    lessons:
                """ + list);
        CurriculumImporter.Report report = importer.importAll(root, Files.createTempDirectory("it-learning-work"));
        assertTrue(report.failures().isEmpty(), report.failures().toString());
    }

    @Test
    @Order(1)
    void lessonsMarkedDoneCompleteTheCourseAtTheMomentOfTheLastOne() throws Exception {
        publish(2, "Isi pertama.");
        Actor siti = siti();
        Enrolment first = learning.enrol(siti, COURSE);
        assertEquals(first.id(), learning.enrol(siti, COURSE).id(), "enrolling twice keeps one enrolment");

        learning.visit(siti, COURSE, 1);
        assertEquals(LessonStatus.IN_PROGRESS, learning.lessonStatuses(siti, COURSE).get(0));
        assertEquals(LessonStatus.NOT_STARTED, learning.lessonStatuses(siti, COURSE).get(1));

        learning.markDone(siti, COURSE, 1);
        CourseProgress half = progress(siti);
        assertEquals(1, half.lessonsDone());
        assertEquals(50, half.percentDone());
        assertFalse(half.isCompleted());

        Enrolment done = learning.markDone(siti, COURSE, 2);
        assertTrue(done.isCompleted());
        CourseProgress whole = progress(siti);
        assertTrue(whole.isCompleted());
        assertEquals(100, whole.percentDone());
        Db db = new Db(dataSource);
        assertEquals(2, db.count("SELECT COUNT(*) FROM lrn_lesson_progress p JOIN lrn_enrolment e ON e.id = p.enrolment_id "
                + "JOIN cat_course c ON c.id = e.course_id WHERE e.account_id = ? AND c.code = ? "
                + "AND p.status = 'COMPLETED' AND p.completed_at IS NOT NULL", siti.accountId(), COURSE));
    }

    @Test
    @Order(2)
    void aRepublishedCourseChangesNothingForThoseWhoTookTheOldVersion() throws Exception {
        Actor siti = siti();
        long pinned = learning.enrolment(siti, COURSE).orElseThrow().versionId().value();
        publish(3, "Isi yang diperbarui.");
        assertTrue(catalog.latestPublished(COURSE).orElseThrow().versionId().value() != pinned, "a new version");

        Enrolment kept = learning.enrolment(siti, COURSE).orElseThrow();
        assertEquals(pinned, kept.versionId().value());
        assertEquals(2, kept.lessonsTotal());
        assertTrue(kept.isCompleted(), "a completed course stays completed");
        assertTrue(catalog.lessonOfVersion(siti, COURSE, pinned, 1, Locale.ROOT).orElseThrow().html().contains("Isi pertama"),
                "the member still reads the version they took");

        Actor other = otherMember();
        Enrolment fresh = learning.enrol(other, COURSE);
        assertEquals(3, fresh.lessonsTotal(), "a new enrolment takes the new version");
    }

    @Test
    @Order(3)
    void membersOnlyEverTouchTheirOwnEnrolment() {
        Actor stranger = member("+6281255000002");
        assertThrows(NotFoundException.class, () -> learning.markDone(stranger, COURSE, 1),
                "not enrolled: nothing to mark, and never someone else's enrolment");
        assertTrue(learning.myCourses(stranger, Locale.ROOT).stream().noneMatch(c -> c.code().equals(COURSE)));
        assertTrue(learning.visit(stranger, COURSE, 1).isEmpty(), "a visit without enrolment records nothing");
        Actor trainerOnly = new Actor(siti().accountId(), "x", Set.of(Grant.of(Role.TRAINER)));
        assertThrows(AccessDeniedException.class, () -> learning.enrol(trainerOnly, COURSE), "only members enrol themselves");
        assertThrows(NotFoundException.class, () -> learning.enrol(siti(), "KOP-TIDAKADA"));
    }

    @Test
    @Order(4)
    void aSecretariatEnrolsItsWholeKoperasiAndNoOther() {
        Db db = new Db(dataSource);
        long guntung = db.count("SELECT id FROM org_koperasi WHERE region_code = ?", GUNTUNG);
        long otherKoperasi = db.count("SELECT id FROM org_koperasi WHERE region_code = '64.74.01.1001'");
        long active = db.count("SELECT COUNT(*) FROM org_membership WHERE koperasi_id = ? AND status = 'ACTIVE'", guntung);
        long before = db.count("SELECT COUNT(*) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id "
                + "JOIN org_membership m ON m.account_id = e.account_id WHERE c.code = ? AND m.koperasi_id = ?", COURSE, guntung);

        Actor secretariat = new Actor(1_000_001, "sekretariat", Set.of(Grant.of(Role.COOP_ADMIN, GUNTUNG)));
        long total = db.count("SELECT COUNT(*) FROM lrn_enrolment");
        assertThrows(AccessDeniedException.class,
                () -> learning.enrolKoperasi(secretariat, COURSE, new KoperasiId(otherKoperasi)));
        assertEquals(total, db.count("SELECT COUNT(*) FROM lrn_enrolment"), "a refused enrolment writes nothing");

        Actor admin = accounts.byLogin("sekretariat.guntung@demo.akademikoperasi.id").flatMap(a -> accounts.actor(a.id())).orElseThrow();
        int added = learning.enrolKoperasi(admin, COURSE, new KoperasiId(guntung));
        assertEquals(active - before, added, "every active member not yet enrolled");
        assertEquals(0, learning.enrolKoperasi(admin, COURSE, new KoperasiId(guntung)), "again: nobody new");
        assertEquals(active, db.count("SELECT COUNT(*) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id "
                + "JOIN org_membership m ON m.account_id = e.account_id WHERE c.code = ? AND m.koperasi_id = ?", COURSE, guntung));
        assertEquals(admin.accountId(), db.count("SELECT MAX(enrolled_by) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id "
                + "WHERE c.code = ? AND e.enrolled_by <> e.account_id", COURSE));
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(5)
    @RunAsClient
    void theReaderReportsStudyTimeOnlyFromTheAppsOwnPages() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String url = base.toString().replaceAll("/$", "") + "/api/v1/learning/time";
        String form = "kode=" + COURSE + "&no=1&seconds=42";
        assertEquals(401, post(http, url, form, null), "not logged in");
        HttpLogin.logIn(http, base, "anggota@demo.akademikoperasi.id", "Koperasi#2026");
        assertEquals(403, post(http, url, form, "https://evil.example"), "another site");
        assertEquals(204, post(http, url, form, base.getProtocol() + "://" + base.getAuthority()));
        assertEquals(204, post(http, url, "kode=" + COURSE + "&no=1&seconds=99999", null), "capped, not refused");
    }

    @Test
    @Order(6)
    void studyTimeAddsUpCappedPerReport() {
        Db db = new Db(dataSource);
        assertEquals(42 + id.akademikoperasi.learning.domain.Enrolment.MAX_SECONDS_PER_REPORT, db.count(
                "SELECT p.seconds_spent FROM lrn_lesson_progress p JOIN lrn_enrolment e ON e.id = p.enrolment_id "
                        + "JOIN cat_course c ON c.id = e.course_id WHERE e.account_id = ? AND c.code = ? AND p.lesson_no = 1",
                siti().accountId(), COURSE));
    }

    @Inject
    id.akademikoperasi.learning.application.ProgressGrid grid;

    @Test
    @Order(7)
    void theTrainerSeesLearnersByRegionAndCorrectsAStatusWithAReason() throws Exception {
        Actor trainer = member("pelatih@demo.akademikoperasi.id");
        var all = grid.page(trainer, COURSE, "", 0, 500);
        assertTrue(all.total() >= 3, "siti, the other member and Guntung's members");
        var guntung = grid.page(trainer, COURSE, GUNTUNG, 0, 500);
        assertTrue(guntung.rows().stream().allMatch(r -> r.kelurahan().equals("Guntung")), guntung.rows().toString());
        assertTrue(guntung.rows().stream().anyMatch(r -> r.name().equals("Siti Aminah") && r.isCompleted()
                && r.lesson(1) == LessonStatus.COMPLETED && r.minutesSpent() >= 5));
        assertTrue(grid.regions(trainer, COURSE).stream().anyMatch(r -> r.code().equals(GUNTUNG) && r.kelurahan()));
        assertThrows(AccessDeniedException.class, () -> grid.page(siti(), COURSE, "", 0, 50), "a member sees no grid");

        long other = learning.enrolment(otherMember(), COURSE).orElseThrow().id().value();
        Db db = new Db(dataSource);
        long overrides = db.count("SELECT COUNT(*) FROM lrn_progress_override");
        assertThrows(id.akademikoperasi.shared.domain.InvalidInputException.class,
                () -> grid.override(trainer, other, 2, LessonStatus.COMPLETED, "  "));
        assertThrows(id.akademikoperasi.shared.domain.InvalidInputException.class,
                () -> grid.override(trainer, other, 9, LessonStatus.COMPLETED, "alasan"));
        assertEquals(overrides, db.count("SELECT COUNT(*) FROM lrn_progress_override"), "refused: nothing written");

        grid.override(trainer, other, 2, LessonStatus.COMPLETED, "Hadir di pelatihan tatap muka 20 November");
        assertEquals(LessonStatus.COMPLETED, learning.lessonStatuses(otherMember(), COURSE).get(1));
        var history = grid.overrides(trainer, other);
        assertEquals(LessonStatus.NOT_STARTED, history.getFirst().previousStatus());
        assertEquals("Hadir di pelatihan tatap muka 20 November", history.getFirst().reason());
        assertEquals(trainer.displayName(), history.getFirst().byName());

        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        id.akademikoperasi.learning.infrastructure.ProgressExport.csv(new id.akademikoperasi.learning.infrastructure.ProgressExport.Sheet(
                COURSE, java.util.List.of("Nama", "Koperasi", "Kelurahan", "Selesai", "Ujian", "Tanggal", "Menit", "1", "2", "3"), 3,
                LessonStatus::name, sink -> grid.forEachRow(trainer, COURSE, GUNTUNG, sink)), csv);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Siti Aminah,Koperasi Kelurahan Merah Putih Guntung,Guntung,2/2"), text);
        assertEquals(guntung.total() + 1, text.lines().count(), "a heading and one line per learner");
    }

    private static int post(HttpClient http, String url, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private CourseProgress progress(Actor actor) {
        return learning.myCourses(actor, Locale.ROOT).stream().filter(c -> c.code().equals(COURSE)).findFirst().orElseThrow();
    }
}
