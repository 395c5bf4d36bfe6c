package id.akademikoperasi;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.catalog.application.CatalogViews.LessonPage;
import id.akademikoperasi.catalog.application.CourseImport;
import id.akademikoperasi.catalog.application.CurriculumImporter;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackage;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageReader;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageLimits;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.HttpLogin;
import id.akademikoperasi.testsupport.incontainer.Db;
import id.akademikoperasi.testsupport.incontainer.SamplePdf;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curriculum on the real stack: imported at startup with counts matching the files, re-import a no-op,
 * a broken package changing nothing, a changed course becoming a new version while the old stays readable,
 * and course files served with the right bytes for HTTP Range requests.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogIT {

    private static final Actor READER = new Actor(1, "reader", Set.of(Grant.of(Role.MEMBER, "64.74.01.1004")));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    CatalogService catalog;
    @Inject
    CurriculumImporter importer;
    @Inject
    CourseImport courseImport;
    @Inject
    ServletContext servletContext;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Path shippedContent() {
        return Path.of(servletContext.getRealPath("/WEB-INF/content"));
    }

    private static List<Path> courseFolders(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("course.yml"))).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void theShippedCurriculumIsImportedAtStartupWithEveryLesson() throws Exception {
        Db db = new Db(dataSource);
        List<Path> folders = courseFolders(shippedContent());
        assertEquals(10, folders.size());
        CoursePackageReader reader = new CoursePackageReader(Files.createTempDirectory("it-read"));
        for (Path folder : folders) {
            try (CoursePackage pkg = reader.readDirectory(folder, PackageLimits.defaults())) {
                long versionId = db.count("""
                        SELECT v.id FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                        WHERE c.code = ? AND v.latest = TRUE AND v.status = 'PUBLISHED'""", pkg.code());
                assertEquals(pkg.lessons().size(), db.count("""
                        SELECT COUNT(*) FROM cat_lesson l JOIN cat_module m ON m.id = l.module_id WHERE m.version_id = ?""",
                        versionId), pkg.code() + " lessons");
                assertEquals(pkg.modules().size(), db.count("SELECT COUNT(*) FROM cat_module WHERE version_id = ?", versionId));
                assertEquals(pkg.questionBanks().size(), db.count("SELECT COUNT(*) FROM cat_question_bank WHERE version_id = ?", versionId));
                assertEquals(pkg.contentHash(), db.string("SELECT content_hash FROM cat_course_version WHERE id = ?", versionId));
            }
        }
        assertEquals(10, db.count("SELECT COUNT(*) FROM cat_course WHERE origin = 'SHIPPED'"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM cat_lesson WHERE html LIKE '%<script%' OR html LIKE '%javascript:%'"));
    }

    @Test
    @Order(2)
    void reImportingUnchangedContentDoesNothing() {
        Db db = new Db(dataSource);
        long versions = db.count("SELECT COUNT(*) FROM cat_course_version");
        long lessons = db.count("SELECT COUNT(*) FROM cat_lesson");
        CurriculumImporter.Report report = importer.importAll(shippedContent(), tempDir());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertEquals(10, report.outcomes().size());
        assertTrue(report.outcomes().stream().allMatch(o -> o.result() == CourseImport.Result.UNCHANGED), report.toString());
        assertEquals(versions, db.count("SELECT COUNT(*) FROM cat_course_version"));
        assertEquals(lessons, db.count("SELECT COUNT(*) FROM cat_lesson"));
    }

    @Test
    @Order(3)
    void aBrokenPackageIsReportedWithFileAndLineAndChangesNothing() throws Exception {
        Db db = new Db(dataSource);
        Path root = Files.createTempDirectory("it-broken");
        Path course = copyCourse(shippedContent().resolve("01-mengenal-koperasi"), root.resolve("99-rusak"));
        String manifest = Files.readString(course.resolve("course.yml"));
        Files.writeString(course.resolve("course.yml"), manifest.replace("code: KOP-01", "code: KOP-99")
                .replace("lessons/02-", "lessons/tidak-ada-02-"));
        long lessons = db.count("SELECT COUNT(*) FROM cat_lesson");
        CurriculumImporter.Report report = importer.importAll(root, tempDir());
        assertEquals(List.of(), report.outcomes());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("99-rusak/course.yml:"), report.failures().get(0));
        assertEquals(0, db.count("SELECT COUNT(*) FROM cat_course WHERE code = 'KOP-99'"));
        assertEquals(lessons, db.count("SELECT COUNT(*) FROM cat_lesson"));

        // a question bank that does not parse refuses the package too, naming the bank's line
        Path badBankRoot = Files.createTempDirectory("it-bad-bank");
        Path badBank = copyCourse(shippedContent().resolve("03-tata-kelola"), badBankRoot.resolve("98-soal-rusak"));
        Files.writeString(badBank.resolve("course.yml"),
                Files.readString(badBank.resolve("course.yml")).replace("code: KOP-03", "code: KOP-98"));
        Path bank = badBank.resolve("questions/bank.gift");
        Files.writeString(bank, Files.readString(bank) + "\n\n::KOP-98-X::Pertanyaan tanpa kurung tutup {=benar ~salah\n");
        CurriculumImporter.Report badReport = importer.importAll(badBankRoot, tempDir());
        assertEquals(List.of(), badReport.outcomes());
        assertTrue(badReport.failures().stream().anyMatch(f -> f.startsWith("98-soal-rusak/questions/bank.gift:")
                && f.contains("assessment.bank.gift.unclosedBrace")), badReport.failures().toString());
        assertEquals(0, db.count("SELECT COUNT(*) FROM cat_course WHERE code = 'KOP-98'"));
    }

    @Test
    @Order(4)
    void changedContentBecomesANewVersionAndTheOldOneStaysReadable() throws Exception {
        Db db = new Db(dataSource);
        LessonPage before = catalog.lesson(READER, "KOP-02", 1, Locale.ROOT).orElseThrow();
        Path root = Files.createTempDirectory("it-changed");
        Path course = copyCourse(shippedContent().resolve("02-perkoperasian-dasar"), root.resolve("02-perkoperasian-dasar"));
        Path firstLesson;
        try (Stream<Path> s = Files.list(course.resolve("lessons"))) {
            firstLesson = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(firstLesson, Files.readString(firstLesson) + "\n\n## Tambahan\n\nParagraf baru untuk versi kedua.\n");

        CurriculumImporter.Report report = importer.importAll(root, tempDir());
        assertEquals(CourseImport.Result.PUBLISHED, report.outcomes().get(0).result(), report.toString());
        assertEquals(2, report.outcomes().get(0).versionNumber());

        LessonPage after = catalog.lesson(READER, "KOP-02", 1, Locale.ROOT).orElseThrow();
        assertTrue(after.html().contains("Paragraf baru untuk versi kedua."));
        LessonPage old = catalog.lessonOfVersion(READER, "KOP-02", before.versionId(), 1, Locale.ROOT).orElseThrow();
        assertFalse(old.html().contains("Paragraf baru"), "version 1 is frozen");
        assertEquals(before.html(), old.html());
        assertEquals(1, db.count("SELECT COUNT(*) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id WHERE c.code = 'KOP-02' AND v.latest = TRUE"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id WHERE c.code = 'KOP-02'"));
    }

    @Test
    @Order(5)
    void searchFindsCoursesByWordsInTheirLessons() {
        List<String> qris = catalog.search(null, "QRIS", Locale.ROOT).stream().map(CourseCard::code).toList();
        assertTrue(qris.contains("KOP-09"), qris.toString());
        assertFalse(qris.contains("KOP-04"), qris.toString());
        List<CourseCard> finance = catalog.search(Category.KEUANGAN, null, Locale.ROOT);
        assertTrue(finance.stream().map(CourseCard::code).toList().containsAll(List.of("KOP-05", "KOP-06")), finance.toString());
        assertTrue(finance.stream().allMatch(c -> c.category().equals("KEUANGAN")), finance.toString());
        assertFalse(finance.stream().anyMatch(c -> c.code().equals("KOP-01")));
        assertTrue(catalog.search(null, "kata-yang-tidak-ada-dimanapun", Locale.ROOT).isEmpty());
    }

    @Test
    @Order(6)
    void aCourseWithAPdfIsPublishedFromAPackage() throws Exception {
        Path root = Files.createTempDirectory("it-pdf");
        Path course = root.resolve("range");
        Files.createDirectories(course.resolve("lessons"));
        Files.createDirectories(course.resolve("media"));
        Files.write(course.resolve("media/contoh-laporan.pdf"), SamplePdf.bytes());
        Files.write(course.resolve("media/laporan-besar.pdf"), SamplePdf.large(LARGE_MB));
        Files.writeString(course.resolve("lessons/01-laporan.md"),
                "## Laporan\n\nBaca [contoh laporan](../media/contoh-laporan.pdf) sebelum rapat, lalu "
                        + "[laporan lengkap](../media/laporan-besar.pdf).\n");
        Files.writeString(course.resolve("course.yml"), """
                code: KOP-RANGE
                title: { id: "Contoh Laporan", en: "Sample Report" }
                summary: { id: "Kursus uji dengan berkas PDF.", en: "A test course with a PDF." }
                category: KEUANGAN
                level: DASAR
                estimatedMinutes: 10
                leadsTo: []
                modules:
                  - title: { id: "Modul", en: "Module" }
                    lessons:
                      - file: lessons/01-laporan.md
                        title: { id: "Laporan", en: "Report" }
                        minutes: 10
                """);
        CurriculumImporter.Report report = importer.importAll(root, tempDir());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        LessonPage page = catalog.lesson(READER, "KOP-RANGE", 1, Locale.ROOT).orElseThrow();
        assertTrue(page.html().contains("/files/" + SamplePdf.sha256() + "/"), page.html());
        assertTrue(catalog.isPublishedFile(SamplePdf.sha256()));
        assertTrue(catalog.isPublishedFile(SamplePdf.sha256(SamplePdf.large(LARGE_MB))));
    }

    /** Bigger than what the loopback connection buffers, so a viewer that does not read keeps the download open. */
    private static final int LARGE_MB = 24;

    @Inject
    id.akademikoperasi.catalog.application.CourseAuthoring authoring;
    @Inject
    id.akademikoperasi.identity.application.AccountDirectory accounts;
    @Inject
    id.akademikoperasi.identity.application.AccountAdministration administration;

    @Test
    @Order(8)
    void aTrainerEditsOnlyTheCoursesTheyOwnOrWereGivenAndPublishingNeverChangesWhatWasPublished() {
        Actor admin = new Actor(1_000_000, "admin", Set.of(Grant.of(Role.SYSADMIN)));
        Actor owner = accounts.actor(accounts.byLogin("pelatih@demo.akademikoperasi.id").orElseThrow().id()).orElseThrow();
        var otherId = administration.createStaff(admin, "Pelatih Kedua", "pelatih.kedua@example.id", null,
                "Gerai#Sembako2026", Role.TRAINER, "");
        Actor other = accounts.actor(otherId).orElseThrow();

        authoring.create(owner, "IT-77", "Kursus Uji", "Ringkasan uji.", Category.KEUANGAN,
                id.akademikoperasi.catalog.domain.Level.DASAR);
        authoring.addLesson(owner, "IT-77", 0, "Pelajaran satu");
        authoring.editLesson(owner, "IT-77", 1, "Pelajaran satu", null, 10, "## Versi pertama\n\nTeks lama.");
        assertEquals(1, authoring.publish(owner, "IT-77"));

        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class,
                () -> authoring.editLesson(other, "IT-77", 1, "Diambil alih", null, 10, "## x"));
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class, () -> authoring.publish(other, "IT-77"));
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class,
                () -> authoring.giveTo(other, "IT-77", "pelatih.kedua@example.id"), "only the owner gives it away");
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class,
                () -> authoring.editLesson(owner, "KOP-01", 1, "x", null, 10, "## x"), "the shipped curriculum is not theirs");

        authoring.giveTo(owner, "IT-77", "pelatih.kedua@example.id");
        authoring.editLesson(other, "IT-77", 1, "Pelajaran satu", null, 12, "## Versi kedua\n\nTeks baru.");
        assertTrue(catalog.lesson(READER, "IT-77", 1, Locale.ROOT).orElseThrow().html().contains("Teks lama"),
                "learners still see version 1 while the draft changes");
        assertEquals(2, authoring.publish(other, "IT-77"));
        assertTrue(catalog.lesson(READER, "IT-77", 1, Locale.ROOT).orElseThrow().html().contains("Teks baru"));
        assertThrows(id.akademikoperasi.shared.domain.InvalidInputException.class,
                () -> authoring.attachVideo(owner, "IT-77", 1, "Video", "https://evil.example/v.mp4"));
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(9)
    @RunAsClient
    void rangeRequestsReturnTheRightBytes() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String file = base.toString().replaceAll("/$", "") + "/files/" + SamplePdf.sha256() + "/contoh-laporan.pdf";
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(file)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "not logged in");

        logIn(http, "anggota@demo.akademikoperasi.id", "Koperasi#2026");
        byte[] all = SamplePdf.bytes();

        HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(URI.create(file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(all, whole.body());
        assertEquals("\"" + SamplePdf.sha256() + "\"", whole.headers().firstValue("ETag").orElseThrow());
        assertEquals("application/pdf", whole.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);

        HttpResponse<byte[]> middle = http.send(HttpRequest.newBuilder(URI.create(file)).header("Range", "bytes=10-19").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, middle.statusCode());
        assertArrayEquals(Arrays.copyOfRange(all, 10, 20), middle.body());
        assertEquals("bytes 10-19/" + all.length, middle.headers().firstValue("Content-Range").orElseThrow());

        HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(URI.create(file)).header("Range", "bytes=-7").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(all, all.length - 7, all.length), tail.body());

        HttpResponse<Void> beyond = http.send(HttpRequest.newBuilder(URI.create(file)).header("Range", "bytes=999999-").build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(416, beyond.statusCode());

        HttpResponse<Void> cached = http.send(HttpRequest.newBuilder(URI.create(file))
                .header("If-None-Match", "\"" + SamplePdf.sha256() + "\"").build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(304, cached.statusCode());

        String unknown = base.toString().replaceAll("/$", "") + "/files/" + "0".repeat(64) + "/x.pdf";
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(unknown)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "a hash the catalog does not reference is not served");
    }

    /**
     * Six members on slow phones stop reading in the middle of a big download (more than the request threads the app
     * has: see pre-boot-commands.asadmin); the app still answers everyone else at once.
     */
    @Test
    @Order(10)
    @RunAsClient
    void slowViewersOfBigFilesDoNotHoldTheServer() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(http, "anggota@demo.akademikoperasi.id", "Koperasi#2026");
        String cookie = String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
        String path = "/files/" + SamplePdf.sha256(SamplePdf.large(LARGE_MB)) + "/laporan-besar.pdf";
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                java.net.Socket socket = new java.net.Socket();
                socket.setReceiveBufferSize(16 * 1024);
                socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nCookie: "
                        + cookie + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            byte[] status = stalled.getFirst().getInputStream().readNBytes(12);
            assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII), "the download started");
            Thread.sleep(500); // let the server fill the buffers of every stalled connection

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                    + "/courses")).timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "another member is served while six downloads wait for their viewers");
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private void logIn(HttpClient http, String login, String password) throws Exception {
        HttpLogin.logIn(http, base, login, password);
    }


    private static Path tempDir() {
        try {
            return Files.createTempDirectory("it-import");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyCourse(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertNotNull(to);
        return to;
    }
}
