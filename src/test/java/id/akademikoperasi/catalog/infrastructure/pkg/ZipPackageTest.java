package id.akademikoperasi.catalog.infrastructure.pkg;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploaded zips: a course in one top folder is read; hostile zips are refused and leave nothing behind. */
class ZipPackageTest {

    @TempDir
    Path temp;

    private Path workDir() {
        return temp.resolve("work");
    }

    private CoursePackage read(byte[] zip, PackageLimits limits) {
        return new CoursePackageReader(workDir()).readZip(new ByteArrayInputStream(zip), limits);
    }

    private List<PackageProblem> refused(byte[] zip, PackageLimits limits) {
        return assertThrows(CoursePackageException.class, () -> read(zip, limits)).problems();
    }

    private List<PackageProblem> refused(byte[] zip) {
        return refused(zip, PackageLimits.defaults());
    }

    /** Whatever happened, no uploaded or extracted file is left in the work folder. */
    @AfterEach
    void nothingIsLeftBehind() {
        if (Files.exists(workDir())) {
            assertEquals(List.of(), TestCourses.leftIn(workDir()));
        }
    }

    private static Map<String, byte[]> course(String prefix) {
        return TestCourses.prefixed(prefix, TestCourses.files(TestCourses.MANIFEST));
    }

    private static Map<String, byte[]> courseWith(String prefix, String name, byte[] bytes) {
        Map<String, byte[]> entries = course(prefix);
        entries.put(name, bytes);
        return entries;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PackageProblem problem(String file, String key, Object... arguments) {
        return PackageProblem.of(file, 0, "catalog.package." + key, arguments);
    }

    @Test
    void aCourseInsideOneTopFolderIsRead() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("kursus-saya/", new byte[0]);
        entries.put("kursus-saya/lessons/", new byte[0]);
        entries.putAll(course("kursus-saya/"));
        entries.put("kursus-saya/media/bagan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        try (CoursePackage course = read(TestZips.zip(entries), PackageLimits.defaults())) {
            assertEquals("KOP-99", course.code());
            assertEquals(List.of("lessons/01-a.md", "lessons/02-b.md"), course.lessons().stream().map(PackageLesson::path).toList());
            assertEquals(TestCourses.LESSON_A, course.lessons().getFirst().markdown());
            PackageMedia media = course.media().getFirst();
            assertEquals("media/bagan.png", media.path());
            assertEquals(4, media.size());
            try (InputStream in = media.open()) {
                assertEquals(4, in.readAllBytes().length);
            }
            assertTrue(media.file().startsWith(workDir()));
        }
    }

    @Test
    void aCourseAtTheRootOfTheZipIsRead() {
        try (CoursePackage course = read(TestZips.zip(course("")), PackageLimits.defaults())) {
            assertEquals(2, course.lessons().size());
        }
    }

    @Test
    void theTopFolderMayHaveAnyPlainNameAndMacFolderJunkIsSkipped() {
        Map<String, byte[]> entries = course("Kursus Saya (final)/");
        entries.put("__MACOSX/Kursus Saya (final)/._course.yml", text("x"));
        entries.put("Kursus Saya (final)/.DS_Store", text("x"));
        try (CoursePackage course = read(TestZips.zip(entries), PackageLimits.defaults())) {
            assertEquals("KOP-99", course.code());
        }
    }

    @Test
    void twoTopFoldersAreRefused() {
        Map<String, byte[]> entries = course("satu/");
        entries.put("dua/lessons/03-c.md", text("## C\n"));
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.zip.severalTopFolders", "dua/, satu/")), refused(TestZips.zip(entries)));

        Map<String, byte[]> beside = course("satu/");
        beside.put("catatan.txt", text("catatan"));
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.zip.severalTopFolders", "catatan.txt, satu/")), refused(TestZips.zip(beside)));
    }

    @Test
    void aZipWithoutManifestOrWithOnlyFolders() {
        Map<String, byte[]> nested = course("a/b/");
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.manifestMissing")), refused(TestZips.zip(nested)));
        Map<String, byte[]> folders = new LinkedHashMap<>();
        folders.put("kursus/", new byte[0]);
        folders.put("kursus/lessons/", new byte[0]);
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.zip.empty")), refused(TestZips.zip(folders)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.md", "kursus/../../evil.md", "kursus/lessons/../../../evil.md", "..\\evil.md",
            "kursus\\..\\..\\evil.md", "%2e%2e/evil.md", "..%2fevil.md", "%2e%2e%5cevil.md", "%252e%252e%252fevil.md"})
    void pathTraversalIsRefused(String name) {
        List<PackageProblem> problems = refused(TestZips.zip(courseWith("kursus/", name, text("## Jahat\n"))));
        assertEquals(List.of(problem(name, "zip.traversal")), problems);
        assertTrue(Files.notExists(temp.resolve("evil.md")) && Files.notExists(workDir().resolve("evil.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/cron.d/evil.md", "C:\\Windows\\evil.md", "C:/evil.md", "c:evil.md",
            "\\\\server\\share\\evil.md", "//server/share/evil.md", "%2fetc%2fevil.md"})
    void absolutePathsAreRefused(String name) {
        assertEquals(List.of(problem(name, "zip.absolutePath")),
                refused(TestZips.zip(courseWith("kursus/", name, text("## Jahat\n")))));
    }

    @Test
    void backslashSeparatorsAreRefused() {
        assertEquals(List.of(problem("kursus\\media\\foto.png", "badName")),
                refused(TestZips.zip(courseWith("kursus/", "kursus\\media\\foto.png", new byte[]{1}))));
    }

    /**
     * java.util.zip writes no external attributes, so the symbolic-link mode ({@code 0120777}, made on Unix) is
     * patched into the entry's central directory header.
     */
    @Test
    void aSymbolicLinkEntryIsRefused() {
        byte[] zip = TestZips.zip(courseWith("kursus/", "kursus/lessons/03-link.md", text("/etc/passwd")));
        byte[] linked = TestZips.patchCentral(zip, "kursus/lessons/03-link.md", header -> {
            header.putShort(4, (short) ((3 << 8) | 20));   // version made by: Unix
            header.putInt(38, 0120777 << 16);              // lrwxrwxrwx
        });
        assertEquals(List.of(problem("kursus/lessons/03-link.md", "symlink")), refused(linked));
        try (CoursePackage unpatched = read(zip, PackageLimits.defaults())) {
            assertEquals("KOP-99", unpatched.code());
        }
    }

    @Test
    void aDeviceOrPipeEntryIsRefused() {
        byte[] zip = TestZips.patchCentral(TestZips.zip(courseWith("kursus/", "kursus/media/pipa.pdf", new byte[0])),
                "kursus/media/pipa.pdf", header -> header.putInt(38, 0010644 << 16));
        assertEquals(List.of(problem("kursus/media/pipa.pdf", "notRegularFile")), refused(zip));
    }

    @Test
    void duplicateEntryNamesAreRefused() {
        byte[] zip = TestZips.zip(courseWith("kursus/", "kursus/lessons/01-x.md", text("## Lain\n")));
        byte[] twice = TestZips.rename(zip, "kursus/lessons/01-x.md", "kursus/lessons/01-a.md");
        assertEquals(List.of(problem("kursus/lessons/01-a.md", "zip.duplicateEntry")), refused(twice));
    }

    @Test
    void encryptedEntriesAreRefused() {
        byte[] zip = TestZips.patchCentral(TestZips.zip(course("kursus/")), "kursus/lessons/01-a.md",
                header -> header.putShort(8, (short) (header.getShort(8) | 1)));
        assertEquals(List.of(problem("kursus/lessons/01-a.md", "zip.encrypted")), refused(zip));
    }

    @Test
    void compressionMethodsOtherThanDeflateAreRefused() {
        byte[] zip = TestZips.patchCentral(TestZips.zip(course("kursus/")), "kursus/lessons/01-a.md",
                header -> header.putShort(10, (short) 12));   // bzip2
        assertEquals(List.of(problem("kursus/lessons/01-a.md", "zip.unsupported", "method 12")), refused(zip));
    }

    @Test
    void unknownFileTypesAreRefusedByName() {
        Map<String, byte[]> entries = course("kursus/");
        for (String name : List.of("index.html", "logo.svg", "setup.exe", "app.js", "install.sh", "course.yaml")) {
            entries.put("kursus/media/" + name, text("x"));
        }
        List<PackageProblem> problems = refused(TestZips.zip(entries));
        assertEquals(List.of(
                problem("kursus/media/course.yaml", "fileType", ".yaml", PackagePaths.ALLOWED_TYPES),
                problem("kursus/media/app.js", "fileType", ".js", PackagePaths.ALLOWED_TYPES),
                problem("kursus/media/index.html", "fileType", ".html", PackagePaths.ALLOWED_TYPES),
                problem("kursus/media/install.sh", "fileType", ".sh", PackagePaths.ALLOWED_TYPES),
                problem("kursus/media/logo.svg", "fileType", ".svg", PackagePaths.ALLOWED_TYPES),
                problem("kursus/media/setup.exe", "fileType", ".exe", PackagePaths.ALLOWED_TYPES)),
                problems.stream().sorted(java.util.Comparator.comparing(p -> p.file().replace("course.yaml", "a"))).toList());
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnythingIsExtracted() {
        Map<String, byte[]> entries = course("kursus/");
        for (int i = 0; entries.size() <= 500; i++) {
            entries.put("kursus/media/f%03d.png".formatted(i), new byte[]{1});
        }
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.tooManyEntries", 500)), refused(TestZips.zip(entries)));
    }

    /**
     * 300 MB of zeros deflate to about 300 KB. Its header is made to claim 1,000 bytes, so only counting the
     * inflated bytes can stop it: reading stops after a few MB, and that part is deleted.
     */
    @Test
    void aZipBombIsRefusedOnTheBytesActuallyInflated() throws IOException {
        byte[] honest = zipWithZeros("kursus/media/kosong.pdf", 300L << 20);
        assertTrue(honest.length < 1 << 20, "the bomb itself is small: " + honest.length);
        assertEquals(List.of(problem("kursus/media/kosong.pdf", "fileTooLarge", 200L)), refused(honest));

        byte[] bomb = TestZips.patchCentral(honest, "kursus/media/kosong.pdf", header -> header.putInt(24, 1000));
        assertEquals(List.of(problem("kursus/media/kosong.pdf", "zip.compressionRatio", 200)), refused(bomb));
        assertEquals(List.of(), TestCourses.leftIn(workDir()));
    }

    /** Headers claiming a small size are not believed: the count of inflated bytes stops the entry. */
    @Test
    void aHeaderThatUnderstatesTheSizeIsNotBelieved() throws IOException {
        byte[] zip = zipWithZeros("kursus/media/kosong.pdf", 3L << 20);
        byte[] lying = TestZips.patchCentral(zip, "kursus/media/kosong.pdf", header -> header.putInt(24, 1000));
        PackageLimits noRatioCheck = PackageLimits.defaults().withMaxCompressionRatio(Integer.MAX_VALUE).withMaxFileBytes(2 << 20);
        assertEquals(List.of(problem("kursus/media/kosong.pdf", "fileTooLarge", 2L)), refused(lying, noRatioCheck));
        assertEquals(List.of(problem("kursus/media/kosong.pdf", "fileTooLarge", 2L)), refused(zip, noRatioCheck));
    }

    @Test
    void theTotalIsCountedAcrossEntries() {
        Map<String, byte[]> entries = course("kursus/");
        for (int i = 0; i < 3; i++) {
            entries.put("kursus/media/halaman-%d.pdf".formatted(i), new byte[60 * 1024]);
        }
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.tooLarge", 0L)),
                refused(TestZips.zip(entries), PackageLimits.defaults().withMaxTotalBytes(100 * 1024)));
    }

    @Test
    void anUploadLargerThanTheTotalIsNotEvenKept() {
        byte[] noise = new byte[150 * 1024];
        new Random(11).nextBytes(noise);
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.tooLarge", 0L)),
                refused(TestZips.zip(courseWith("kursus/", "kursus/media/acak.pdf", noise)), PackageLimits.defaults().withMaxTotalBytes(100 * 1024)));
    }

    @Test
    void refusedNamesAndManifestProblemsAreReportedTogether() {
        Map<String, byte[]> entries = courseWith("kursus/", "kursus/media/halaman.html", text("<script>"));
        entries.put("kursus/course.yml", text(TestCourses.withLine(8, "category: PERTANIAN")));
        assertEquals(List.of(
                problem("kursus/media/halaman.html", "fileType", ".html", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("course.yml", 8, "catalog.package.manifest.unknownValue", "category", "PERTANIAN",
                        "KEWIRAUSAHAAN, TATA_KELOLA, KEUANGAN, UNIT_USAHA")), refused(TestZips.zip(entries)));
    }

    @Test
    void anUploadThatIsNoZipOrIsDamaged() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.zip.corrupt")), refused(noise));

        byte[] zip = TestZips.zip(course("kursus/"));
        byte[] changed = TestZips.patchCentral(zip, "kursus/lessons/01-a.md", header -> header.putInt(16, header.getInt(16) ^ 1));
        assertEquals(List.of(problem("kursus/lessons/01-a.md", "zip.corrupt")), refused(changed));
    }

    @Test
    void manifestProblemsInAZipNameTheFileInsideTheCourse() {
        Map<String, byte[]> entries = course("kursus/");
        entries.put("kursus/course.yml", text(TestCourses.withLine(33, "  passMark: 0")));
        assertEquals(List.of(PackageProblem.of("course.yml", 33, "catalog.package.manifest.outOfRange", "finalExam.passMark", 1, 100, "0")),
                refused(TestZips.zip(entries)));
    }

    private static byte[] zipWithZeros(String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : course("kursus/").entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
