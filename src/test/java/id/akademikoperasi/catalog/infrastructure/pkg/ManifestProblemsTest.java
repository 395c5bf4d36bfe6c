package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.domain.ReviewPolicy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem of {@code course.yml} is reported with its line; all of them at once. */
class ManifestProblemsTest {

    @TempDir
    Path work;

    private Path folder;
    private int written;

    private List<PackageProblem> problems(String manifest) {
        return problems(TestCourses.files(manifest));
    }

    @org.junit.jupiter.api.BeforeEach
    void freshFolder() {
        folder = work.resolve("course");
    }

    /** Each call writes a fresh course folder, so files of an earlier call cannot linger. */
    private List<PackageProblem> problems(Map<String, byte[]> files) {
        folder = work.resolve("course-" + ++written);
        TestCourses.write(folder, files);
        CoursePackageReader reader = new CoursePackageReader(folder.resolve("work"));
        return assertThrows(CoursePackageException.class,
                () -> reader.readDirectory(folder, PackageLimits.defaults())).problems();
    }

    private static PackageProblem at(int line, String key, Object... arguments) {
        return PackageProblem.of("course.yml", line, "catalog.package." + key, arguments);
    }

    @Test
    void theUnbrokenTestCourseReads() {
        TestCourses.write(folder, TestCourses.MANIFEST);
        try (CoursePackage course = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults())) {
            assertEquals("KOP-99", course.code());
            assertEquals(2, course.lessons().size());
            assertEquals(TestCourses.LESSON_B, course.lessons().get(1).markdown());
        }
    }

    @Test
    void aMissingKeyIsReportedAtItsMapping() {
        assertEquals(List.of(at(1, "manifest.missingKey", "estimatedMinutes")), problems(TestCourses.withoutLine(10)));
        assertEquals(List.of(at(17, "manifest.missingKey", "modules.lessons.minutes")), problems(TestCourses.withoutLine(21)));
        assertEquals(List.of(at(18, "manifest.missingKey", "modules.lessons.title.id")), problems(TestCourses.withoutLine(19)));
        assertEquals(List.of(at(29, "manifest.emptyValue", "finalExam.title")), problems(TestCourses.withoutLine(30)));
    }

    @Test
    void aMisspelledKeyIsNamedWithWhatWasMeant() {
        assertEquals(List.of(at(2, "manifest.unknownKeySuggestion", "titel", "title"), at(1, "manifest.missingKey", "title")),
                problems(TestCourses.withLine(2, "titel:")));
        assertEquals(List.of(at(33, "manifest.unknownKeySuggestion", "passmark", "passMark"), at(28, "manifest.missingKey", "finalExam.passMark")),
                problems(TestCourses.withLine(33, "  passmark: 70")));
    }

    @Test
    void anUnknownKeyListsTheAllowedOnes() {
        assertEquals(List.of(at(11, "manifest.unknownKey", "warna", "code, title, summary, category, level, "
                        + "estimatedMinutes, leadsTo, modules, questionBanks, finalExam")),
                problems(TestCourses.withLine(11, "warna: merah")));
    }

    @Test
    void aKeyGivenTwiceNamesTheFirstLine() {
        assertEquals(List.of(at(11, "manifest.duplicateKey", "code", "1")), problems(TestCourses.withLine(11, "code: KOP-98")));
    }

    @Test
    void textWhereANumberBelongs() {
        assertEquals(List.of(at(21, "manifest.expectedNumber", "modules.lessons.minutes", "dua puluh")),
                problems(TestCourses.withLine(21, "        minutes: dua puluh")));
        assertEquals(List.of(at(10, "manifest.expectedNumber", "estimatedMinutes", "60 menit")),
                problems(TestCourses.withLine(10, "estimatedMinutes: 60 menit")));
    }

    @Test
    void otherWrongTypes() {
        assertEquals(List.of(at(11, "manifest.expectedList", "leadsTo")), problems(TestCourses.withLine(11, "leadsTo: CALON_PENGURUS")));
        assertEquals(List.of(at(1, "manifest.expectedText", "code")), problems(TestCourses.withLine(1, "code: [KOP-99]")));
        assertEquals(List.of(at(10, "manifest.emptyValue", "estimatedMinutes")), problems(TestCourses.withLine(10, "estimatedMinutes:")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10 | 'estimatedMinutes: 0'                | estimatedMinutes            | 1 | 6000  | 0
            10 | 'estimatedMinutes: 6001'             | estimatedMinutes            | 1 | 6000  | 6001
            21 | '        minutes: 0'                 | modules.lessons.minutes     | 1 | 600   | 0
            21 | '        minutes: 601'               | modules.lessons.minutes     | 1 | 600   | 601
            32 | '  questionCount: 0'                 | finalExam.questionCount     | 1 | 500   | 0
            33 | '  passMark: 0'                      | finalExam.passMark          | 1 | 100   | 0
            33 | '  passMark: 101'                    | finalExam.passMark          | 1 | 100   | 101
            34 | '  timeLimitMinutes: 0'              | finalExam.timeLimitMinutes  | 1 | 600   | 0
            34 | '  timeLimitMinutes: 601'            | finalExam.timeLimitMinutes  | 1 | 600   | 601
            35 | '  maxAttempts: 0'                   | finalExam.maxAttempts       | 1 | 20    | 0
            35 | '  maxAttempts: 21'                  | finalExam.maxAttempts       | 1 | 20    | 21
            36 | '  waitMinutes: -1'                  | finalExam.waitMinutes       | 0 | 10080 | -1
            36 | '  waitMinutes: 10081'               | finalExam.waitMinutes       | 0 | 10080 | 10081
            36 | '  waitMinutes: 99999999999999999'   | finalExam.waitMinutes       | 0 | 10080 | 99999999999999999
            """)
    void aNumberOutOfRange(int line, String replacement, String key, int min, int max, String value) {
        assertEquals(List.of(at(line, "manifest.outOfRange", key, min, max, value)), problems(TestCourses.withLine(line, replacement)));
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        String manifest = TestCourses.MANIFEST.replace("passMark: 70", "passMark: 100").replace("waitMinutes: 10", "waitMinutes: 0")
                .replace("maxAttempts: 3", "maxAttempts: 20").replace("timeLimitMinutes: 20", "timeLimitMinutes: 600");
        TestCourses.write(folder, manifest);
        ExamSettings exam = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults()).finalExam();
        assertEquals(List.of(100, 0, 20, 600), List.of(exam.passMark(), exam.waitMinutes(), exam.maxAttempts(), exam.timeLimitMinutes()));
    }

    @Test
    void anUnknownChoiceListsTheAllowedValues() {
        assertEquals(List.of(at(8, "manifest.unknownValue", "category", "PERTANIAN", "KEWIRAUSAHAAN, TATA_KELOLA, KEUANGAN, UNIT_USAHA")),
                problems(TestCourses.withLine(8, "category: PERTANIAN")));
        assertEquals(List.of(at(9, "manifest.unknownValue", "level", "MAHIR", "DASAR, MENENGAH, LANJUT")),
                problems(TestCourses.withLine(9, "level: MAHIR")));
    }

    @Test
    void choicesIgnoreUpperAndLowerCase() {
        TestCourses.write(folder, TestCourses.withLine(9, "level: menengah"));
        assertEquals(Level.MENENGAH, new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults()).level());
    }

    @Test
    void codesAndSchemesHaveTheirShape() {
        assertEquals(List.of(at(1, "manifest.codeShape", "kop 99")), problems(TestCourses.withLine(1, "code: kop 99")));
        assertEquals(List.of(at(1, "manifest.codeShape", "K1")), problems(TestCourses.withLine(1, "code: K1")));
        assertEquals(List.of(at(1, "manifest.codeShape", "KOP-0123456789ABCDEFG")), problems(TestCourses.withLine(1, "code: KOP-0123456789ABCDEFG")));
        assertEquals(List.of(at(11, "manifest.schemeShape", "calon-pengurus")), problems(TestCourses.withLine(11, "leadsTo: [calon-pengurus]")));
        assertEquals(List.of(at(11, "manifest.duplicateScheme", "CALON_PENGURUS")), problems(TestCourses.withLine(11, "leadsTo: [CALON_PENGURUS, CALON_PENGURUS]")));
    }

    @Test
    void lessonFilesMustBeListedOnceExistAndBeMarkdown() {
        assertEquals(List.of(at(22, "manifest.duplicateLesson", "lessons/01-a.md", "17")),
                problems(TestCourses.withLine(22, "      - file: lessons/01-a.md")));
        assertEquals(List.of(at(22, "manifest.lessonMissing", "lessons/09-tidak-ada.md")),
                problems(TestCourses.withLine(22, "      - file: lessons/09-tidak-ada.md")));
        assertEquals(List.of(at(22, "manifest.lessonNotMarkdown", "questions/bank.gift")),
                problems(TestCourses.withLine(22, "      - file: questions/bank.gift")));
        assertEquals(List.of(at(22, "manifest.badPath", "../02-b.md")),
                problems(TestCourses.withLine(22, "      - file: ../02-b.md")));
        assertEquals(List.of(at(22, "manifest.badPath", "Lessons/02-B.md")),
                problems(TestCourses.withLine(22, "      - file: Lessons/02-B.md")));
    }

    @Test
    void bankFilesMustExistAndTheExamMustUseAListedOne() {
        assertEquals(List.of(at(27, "manifest.bankMissing", "questions/lain.gift"), at(31, "manifest.examBankNotListed", "questions/bank.gift")),
                problems(TestCourses.withLine(27, "  - file: questions/lain.gift")));
        assertEquals(List.of(at(31, "manifest.examBankNotListed", "questions/lain.gift")),
                problems(TestCourses.withLine(31, "  bank: questions/lain.gift")));
        assertEquals(List.of(at(27, "manifest.bankType", "questions/bank.docx"), at(31, "manifest.examBankNotListed", "questions/bank.gift")),
                problems(TestCourses.withLine(27, "  - file: questions/bank.docx")));
    }

    private ExamSettings examOf(String manifest) {
        folder = work.resolve("course-" + ++written);
        TestCourses.write(folder, manifest);
        try (CoursePackage course = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults())) {
            return course.finalExam();
        }
    }

    private String hashOf(String manifest) {
        folder = work.resolve("course-" + ++written);
        TestCourses.write(folder, manifest);
        try (CoursePackage course = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults())) {
            return course.contentHash();
        }
    }

    @Test
    void theReviewPolicyAndTheCategoryAreOptional() {
        ExamSettings plain = examOf(TestCourses.MANIFEST);
        assertEquals(ReviewPolicy.AFTER_SUBMIT, plain.reviewPolicy());
        assertEquals(null, plain.category());

        ExamSettings set = examOf(TestCourses.MANIFEST + "  reviewPolicy: after_pass\n  category: \"KOP-99/Dasar\"\n");
        assertEquals(ReviewPolicy.AFTER_PASS, set.reviewPolicy());
        assertEquals("KOP-99/Dasar", set.category());

        ExamSettings empty = examOf(TestCourses.MANIFEST + "  reviewPolicy:\n  category:\n");
        assertEquals(ReviewPolicy.AFTER_SUBMIT, empty.reviewPolicy(), "an empty value is the default");
        assertEquals(null, empty.category());
    }

    @Test
    void anUnknownReviewPolicyListsTheAllowedOnes() {
        assertEquals(List.of(PackageProblem.of("course.yml", 37, "catalog.package.manifest.unknownValue", "finalExam.reviewPolicy",
                        "SOMETIMES", "NEVER, AFTER_SUBMIT, AFTER_PASS, AFTER_LAST_ATTEMPT")),
                problems(TestCourses.MANIFEST + "  reviewPolicy: SOMETIMES\n"));
        assertEquals(List.of(PackageProblem.of("course.yml", 37, "catalog.package.manifest.tooLong", "finalExam.category", 200, 201)),
                problems(TestCourses.MANIFEST + "  category: " + "k".repeat(201) + "\n"));
    }

    @Test
    void packagesThatSayNothingNewKeepTheirContentHash() {
        String before = hashOf(TestCourses.MANIFEST);
        assertEquals(before, hashOf(TestCourses.MANIFEST + "  reviewPolicy: AFTER_SUBMIT\n"),
                "the default written out is no new version of a shipped course");
        assertTrue(!before.equals(hashOf(TestCourses.MANIFEST + "  reviewPolicy: NEVER\n")));
        assertTrue(!before.equals(hashOf(TestCourses.MANIFEST + "  category: Dasar\n")));
    }

    @Test
    void theFinalExamIsOptional() {
        String withoutExam = TestCourses.MANIFEST.substring(0, TestCourses.MANIFEST.indexOf("finalExam:"));
        TestCourses.write(folder, withoutExam);
        try (CoursePackage course = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults())) {
            assertEquals(null, course.finalExam());
            assertTrue(course.exam().isEmpty());
        }
    }

    @Test
    void textsHaveTheirLengths() {
        String longTitle = "x".repeat(201);
        assertEquals(List.of(at(3, "manifest.tooLong", "title.id", 200, 201)), problems(TestCourses.withLine(3, "  id: \"" + longTitle + "\"")));
        assertEquals(List.of(at(19, "manifest.tooLong", "modules.lessons.title.id", 200, 201)),
                problems(TestCourses.withLine(19, "          id: " + longTitle)));
        assertEquals(List.of(at(7, "manifest.tooLong", "summary.en", 2000, 2001)),
                problems(TestCourses.withLine(7, "  en: \"" + "y".repeat(2001) + "\"")));
        assertEquals(List.of(at(3, "manifest.emptyValue", "title.id")), problems(TestCourses.withLine(3, "  id: \"  \"")));
        assertEquals(List.of(at(2, "manifest.missingKey", "title.id")), problems(TestCourses.withoutLine(3)));
    }

    @Test
    void aCourseHasOneToTwentyModules() {
        String noModules = TestCourses.MANIFEST.substring(0, TestCourses.MANIFEST.indexOf("modules:"))
                + "modules: []\n" + TestCourses.MANIFEST.substring(TestCourses.MANIFEST.indexOf("questionBanks:"));
        assertEquals(List.of(at(12, "manifest.moduleCount", 1, 20, 0)), problems(noModules));

        StringBuilder many = new StringBuilder("modules:\n");
        for (int i = 1; i <= 21; i++) {
            many.append("  - title: \"Modul ").append(i).append("\"\n    lessons:\n      - file: lessons/01-a.md\n")
                    .append("        title: \"A\"\n        minutes: 5\n".repeat(1));
        }
        String manyModules = TestCourses.MANIFEST.substring(0, TestCourses.MANIFEST.indexOf("modules:")) + many
                + TestCourses.MANIFEST.substring(TestCourses.MANIFEST.indexOf("questionBanks:"));
        List<PackageProblem> found = problems(manyModules);
        assertEquals(at(12, "manifest.moduleCount", 1, 20, 21), found.getFirst());
    }

    @Test
    void aCourseHasOneToThirtyLessonsInAll() {
        StringBuilder lessons = new StringBuilder("modules:\n  - title: \"Satu\"\n    lessons:\n");
        Map<String, byte[]> files = TestCourses.files("");
        for (int i = 1; i <= 31; i++) {
            String file = "lessons/l%02d.md".formatted(i);
            lessons.append("      - file: ").append(file).append("\n        title: \"Pelajaran ").append(i)
                    .append("\"\n        minutes: 5\n");
            files.put(file, TestCourses.LESSON_A.getBytes(StandardCharsets.UTF_8));
        }
        String manifest = TestCourses.MANIFEST.substring(0, TestCourses.MANIFEST.indexOf("modules:")) + lessons
                + TestCourses.MANIFEST.substring(TestCourses.MANIFEST.indexOf("questionBanks:"));
        files.put("course.yml", manifest.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(at(12, "manifest.lessonCount", 1, 30, 31)), problems(files));
    }

    @Test
    void aModuleWithoutLessons() {
        String manifest = TestCourses.MANIFEST.substring(0, TestCourses.MANIFEST.indexOf("    lessons:"))
                + "    lessons: []\n" + TestCourses.MANIFEST.substring(TestCourses.MANIFEST.indexOf("questionBanks:"));
        assertEquals(List.of(at(16, "manifest.moduleWithoutLessons")), problems(manifest));
    }

    @Test
    void yamlSyntaxErrorsNameTheirLine() {
        List<PackageProblem> found = problems(TestCourses.withLine(20, "          en: Lesson A: the start"));
        assertEquals(1, found.size());
        assertEquals("catalog.package.manifest.syntax", found.getFirst().messageKey());
        assertEquals(20, found.getFirst().line());
        assertEquals("mapping values are not allowed here", found.getFirst().arguments().getFirst());

        found = problems(TestCourses.withLine(14, "      id: \"Modul Satu"));
        assertEquals("catalog.package.manifest.syntax", found.getFirst().messageKey());
        assertTrue(found.getFirst().line() >= 14, "an unclosed quote is found where it should have ended");

        found = problems(TestCourses.withLine(9, "\tlevel: DASAR"));
        assertEquals("catalog.package.manifest.syntax", found.getFirst().messageKey());
        assertEquals(9, found.getFirst().line());
    }

    @Test
    void anEmptyOrMissingManifest() {
        assertEquals(List.of(at(1, "manifest.empty")), problems("# belum diisi\n"));
        assertEquals(List.of(at(1, "manifest.notMapping")), problems("- code: KOP-99\n"));
        Map<String, byte[]> files = TestCourses.files("");
        files.remove("course.yml");
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.manifestMissing")), problems(files));
    }

    @Test
    void aManifestNotInUtf8NamesTheLine() {
        byte[] latin1 = TestCourses.withLine(6, "  id: \"Ringkasan kursus uji tentang caf\u00e9.\"").getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> files = TestCourses.files("");
        files.put("course.yml", latin1);
        assertEquals(List.of(at(6, "notUtf8")), problems(files));
    }

    @Test
    void aByteOrderMarkIsFine() {
        TestCourses.write(folder, "\uFEFF" + TestCourses.MANIFEST);
        assertEquals("KOP-99", new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults()).code());
    }

    @Test
    void lessonFilesMustBeUtf8AndNotEmpty() {
        Map<String, byte[]> files = TestCourses.files(TestCourses.MANIFEST);
        files.put("lessons/01-a.md", " \n\n".getBytes(StandardCharsets.UTF_8));
        files.put("lessons/02-b.md", "## Judul\n\nKopi dari caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("questions/bank.gift", new byte[0]);
        assertEquals(List.of(
                PackageProblem.of("lessons/01-a.md", 0, "catalog.package.lessonEmpty"),
                PackageProblem.of("lessons/02-b.md", 3, "catalog.package.notUtf8"),
                PackageProblem.of("questions/bank.gift", 0, "catalog.package.bankEmpty")), problems(files));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String manifest = TestCourses.MANIFEST.replace("titel", "title")
                .replace("category: KEUANGAN", "category: PERTANIAN")
                .replace("passMark: 70", "passMark: tujuh puluh")
                .replace("lessons/02-b.md", "lessons/02-c.md")
                .replace("code: KOP-99", "kode: KOP-99");
        List<PackageProblem> found = problems(manifest);
        assertEquals(List.of(
                at(1, "manifest.unknownKeySuggestion", "kode", "code"),
                at(1, "manifest.missingKey", "code"),
                at(8, "manifest.unknownValue", "category", "PERTANIAN", "KEWIRAUSAHAAN, TATA_KELOLA, KEUANGAN, UNIT_USAHA"),
                at(22, "manifest.lessonMissing", "lessons/02-c.md"),
                at(33, "manifest.expectedNumber", "finalExam.passMark", "tujuh puluh")), found);
    }

    @Test
    void closestKeyOnlySuggestsNearMisses() {
        List<String> keys = List.of("title", "lessons");
        assertEquals("title", ManifestReader.closest("titel", keys));
        assertEquals("title", ManifestReader.closest("Title", keys));
        assertEquals("lessons", ManifestReader.closest("lesson", keys));
        assertEquals(null, ManifestReader.closest("judul", keys));
        assertEquals(null, ManifestReader.closest("x", keys));
    }

    @Test
    void aLessonQuizDrawsFromAListedBank() {
        String quiz = "        minutes: 20\n        quiz: { bank: questions/bank.gift, questionCount: 2, passMark: 50, category: \"KOP-99/a\" }";
        TestCourses.write(folder, TestCourses.withLine(21, quiz));
        try (CoursePackage course = new CoursePackageReader(folder.resolve("work")).readDirectory(folder, PackageLimits.defaults())) {
            var read = course.lessons().getFirst().quiz();
            assertEquals(new id.akademikoperasi.catalog.domain.LessonQuiz("questions/bank.gift", 2, 50, "KOP-99/a"), read);
            assertEquals(null, course.lessons().get(1).quiz(), "the other lesson has none");
        }
        assertEquals(List.of(at(22, "manifest.examBankNotListed", "questions/lain.gift")),
                problems(TestCourses.withLine(21, quiz.replace("questions/bank.gift", "questions/lain.gift"))));
        assertEquals(List.of(at(22, "manifest.outOfRange", "modules.lessons.quiz.questionCount", 1, 20, "50")),
                problems(TestCourses.withLine(21, quiz.replace("questionCount: 2", "questionCount: 50"))));
    }
}
