package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.domain.QuestionBankSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curriculum in {@code content/} reads without a problem, and its content hash behaves. */
class ShippedCoursesTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path COURSE_01 = CONTENT.resolve("01-mengenal-koperasi");

    @TempDir
    Path work;

    private CoursePackage read(Path folder) {
        return new CoursePackageReader(work).readDirectory(folder, PackageLimits.defaults());
    }

    @Test
    void everyShippedCourseReadsWithoutProblems() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(CONTENT)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(10, folders.size());
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            try (CoursePackage course = read(folder)) {
                assertEquals("KOP-%02d".formatted(i + 1), course.code(), folder.toString());
                assertTrue(folder.getFileName().toString().startsWith("%02d-".formatted(i + 1)));
                assertTrue(course.lessons().size() >= 3, folder + " has lessons");
                assertNotEquals(course.title().id(), course.title().en(), folder + " has an English title");
                assertNotEquals(course.summary().id(), course.summary().en(), folder + " has an English summary");
                assertEquals(1, course.questionBanks().size());
                assertEquals(QuestionBankSource.Format.GIFT, course.questionBanks().getFirst().format());
                assertTrue(course.questionBanks().getFirst().text().contains("::KOP-%02d-Q01::".formatted(i + 1)));
                assertEquals(course.questionBanks().getFirst().path(), course.finalExam().bankPath());
                assertTrue(course.media().isEmpty(), "the shipped curriculum has no media");
                assertEquals(64, course.contentHash().length());
            }
        }
    }

    @Test
    void courseOneIsReadAsItsManifestSays() {
        CoursePackage course = read(COURSE_01);
        assertEquals("KOP-01", course.code());
        assertEquals("Mengenal Koperasi", course.title().id());
        assertEquals("Getting to Know Cooperatives", course.title().en());
        assertTrue(course.summary().id().startsWith("Peserta memahami mengapa bekerja bersama"));
        assertEquals(Category.TATA_KELOLA, course.category());
        assertEquals(Level.DASAR, course.level());
        assertEquals(130, course.estimatedMinutes());
        assertEquals(List.of("CALON_PENGURUS", "CALON_PENGAWAS"), course.leadsTo());

        assertEquals(2, course.modules().size());
        assertEquals("Kekuatan Bekerja Bersama", course.modules().get(0).title().id());
        assertEquals("Cooperatives and the Koperasi Kelurahan Merah Putih", course.modules().get(1).title().en());
        assertEquals(List.of(2, 3), course.modules().stream().map(m -> m.lessons().size()).toList());
        assertEquals(List.of(
                "Bekerja Sendiri atau Bersama?",
                "Kekuatan dan Tantangan Aksi Kolektif",
                "Apa Itu Koperasi?",
                "Jenis-Jenis Koperasi",
                "Mengapa Koperasi Kelurahan Merah Putih?"), course.lessons().stream().map(l -> l.title().id()).toList());
        assertEquals(List.of(20, 20, 25, 20, 25), course.lessons().stream().map(PackageLesson::minutes).toList());
        PackageLesson first = course.lessons().getFirst();
        assertEquals("lessons/01-bekerja-sendiri-atau-bersama.md", first.path());
        assertTrue(first.markdown().contains("## Ringkasan"));

        ExamSettings exam = course.finalExam();
        assertEquals("Ujian Akhir: Mengenal Koperasi", exam.title().id());
        assertEquals("questions/bank.gift", exam.bankPath());
        assertEquals(List.of(10, 70, 20, 3, 10), List.of(exam.questionCount(), exam.passMark(),
                exam.timeLimitMinutes(), exam.maxAttempts(), exam.waitMinutes()));
        assertThrows(UnsupportedOperationException.class, () -> course.lessons().add(first));
        assertThrows(UnsupportedOperationException.class, () -> course.modules().clear());
    }

    @Test
    void theContentHashIsStableAndIndependentOfWhereTheCourseLies() throws IOException {
        Path copy = TestCourses.write(work.resolve("copy"), TestCourses.filesOf(COURSE_01, ""));
        String original = read(COURSE_01).contentHash();
        assertEquals(original, read(COURSE_01).contentHash());
        assertEquals(original, read(copy).contentHash());
    }

    @Test
    void oneChangedLessonByteChangesTheHash() throws IOException {
        Path copy = TestCourses.write(work.resolve("copy"), TestCourses.filesOf(COURSE_01, ""));
        String before = read(copy).contentHash();
        Path lesson = copy.resolve("lessons/03-apa-itu-koperasi.md");
        byte[] bytes = Files.readAllBytes(lesson);
        int at = bytes.length / 2;
        bytes[at] = (byte) (bytes[at] == 'a' ? 'e' : 'a');
        Files.write(lesson, bytes);
        assertNotEquals(before, read(copy).contentHash());
    }

    @Test
    void aCommentInTheManifestIsNotAChangeButAValueIs() throws IOException {
        Path copy = TestCourses.write(work.resolve("copy"), TestCourses.filesOf(COURSE_01, ""));
        String before = read(copy).contentHash();
        Path manifest = copy.resolve("course.yml");
        String yaml = Files.readString(manifest);
        Files.writeString(manifest, "# disunting oleh pelatih\n" + yaml);
        assertEquals(before, read(copy).contentHash());
        Files.writeString(manifest, yaml.replace("passMark: 70", "passMark: 75"));
        assertNotEquals(before, read(copy).contentHash());
    }

    @Test
    void oneChangedMediaByteChangesTheHash() throws IOException {
        Path copy = TestCourses.write(work.resolve("copy"), TestCourses.filesOf(COURSE_01, ""));
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        Path media = copy.resolve("media/struktur.png");
        Files.createDirectories(media.getParent());
        Files.write(media, image);
        CoursePackage withMedia = read(copy);
        assertEquals(1, withMedia.media().size());
        PackageMedia file = withMedia.media().getFirst();
        assertEquals("media/struktur.png", file.path());
        assertEquals(image.length, file.size());
        try (var in = file.open()) {
            assertEquals(image.length, in.readAllBytes().length);
        }
        image[11] = 14;
        Files.write(media, image);
        assertNotEquals(withMedia.contentHash(), read(copy).contentHash());
    }

    @Test
    void theSameCourseZippedHasTheSameHashAndLeavesNothingBehindOnceClosed() throws IOException {
        String folderHash = read(COURSE_01).contentHash();
        byte[] zip = TestZips.zip(TestCourses.filesOf(COURSE_01, "01-mengenal-koperasi/"));
        Path workDir = work.resolve("uploads");
        CoursePackage course = new CoursePackageReader(workDir).readZip(new ByteArrayInputStream(zip), PackageLimits.defaults());
        assertEquals(folderHash, course.contentHash());
        assertEquals(5, course.lessons().size());
        assertFalse(TestCourses.leftIn(workDir).isEmpty(), "extracted while open");
        course.close();
        assertEquals(List.of(), TestCourses.leftIn(workDir));
        course.close();
    }

    @Test
    void aTrainersCourseMayLeaveOutTheEnglish() {
        CoursePackage course = read(TestCourses.write(work.resolve("c"), TestCourses.MANIFEST));
        PackageLesson b = course.lessons().get(1);
        assertEquals("Pelajaran B", b.title().en());
        assertEquals("Pelajaran B", b.title().in(java.util.Locale.ENGLISH));
        assertEquals("Lesson A", course.lessons().getFirst().title().in(java.util.Locale.ENGLISH));
        assertEquals("Pelajaran A", course.lessons().getFirst().title().in(java.util.Locale.forLanguageTag("id")));
        assertEquals("Ujian Akhir: Kursus Uji", course.finalExam().title().en());
    }
}
