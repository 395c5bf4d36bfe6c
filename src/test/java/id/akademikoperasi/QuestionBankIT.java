package id.akademikoperasi;

import id.akademikoperasi.catalog.application.BankViews.BankCheck;
import id.akademikoperasi.catalog.application.BankViews.ExamForm;
import id.akademikoperasi.catalog.application.BankViews.ProblemRow;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CourseAuthoring;
import id.akademikoperasi.catalog.application.CurriculumImporter;
import id.akademikoperasi.catalog.application.ExamInput;
import id.akademikoperasi.catalog.application.QuestionBankAuthoring;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.LessonQuiz;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.identity.application.AccountAdministration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Question banks and the final exam of a draft on the real stack: a bank with problems is reported by line and
 * writes nothing, only the draft's editors touch its banks and exam, and the review policy and category of the
 * exam reach the published version that members take (and the next draft), while the published one never moves.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {

    private static final Actor ADMIN = new Actor(1_000_000, "admin", Set.of(Grant.of(Role.SYSADMIN)));

    /** Line numbers matter: the problems name them. */
    private static final String GOOD = """
            $CATEGORY: QB/Dasar

            ::QB-1::Koperasi dimiliki anggotanya.{T}

            ::QB-2::Siapa pemilik koperasi?{=Anggota ~Pemerintah ~Bank}

            ::QB-3::Simpanan yang dibayar sekali saat masuk?{=pokok ~wajib ~sukarela}

            $CATEGORY: QB/Lanjut

            ::QB-4::Berapa persen kuorum bila AD tidak mengatur?{#50:0}

            ::QB-5::Ceritakan rapat anggota terakhir Anda.{}
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    CourseAuthoring authoring;
    @Inject
    QuestionBankAuthoring banks;
    @Inject
    CatalogService catalog;
    @Inject
    CurriculumImporter importer;
    @Inject
    AccountDirectory accounts;
    @Inject
    AccountAdministration administration;
    @Inject
    ServletContext servletContext;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor trainer() {
        return accounts.actor(accounts.byLogin("pelatih@demo.akademikoperasi.id").orElseThrow().id()).orElseThrow();
    }

    private void newCourse(Actor owner, String code) {
        authoring.create(owner, code, "Kursus " + code, "Ringkasan " + code + ".", Category.TATA_KELOLA, Level.DASAR);
        authoring.addLesson(owner, code, 0, "Pelajaran satu");
    }

    private long banksOf(Db db, String code) {
        return db.count("""
                SELECT COUNT(*) FROM cat_question_bank b JOIN cat_course_version v ON v.id = b.version_id
                JOIN cat_course c ON c.id = v.course_id WHERE c.code = ?""", code);
    }

    private static ExamInput exam(int count, ReviewPolicy review, String category) {
        return new ExamInput("Ujian Akhir QB", "QB final exam", "questions/bank-qb.gift", count, 70, 15, 2, 30, review, category);
    }

    @Test
    void aBankWithProblemsIsNamedByLineAndWritesNothing() {
        Db db = new Db(dataSource);
        Actor owner = trainer();
        newCourse(owner, "QB-IT-1");
        String broken = GOOD.replace("{=Anggota ~Pemerintah ~Bank}", "{=Anggota ~Pemerintah ~Bank")
                .replace("{#50:0}", "{#lima puluh}");

        BankCheck check = banks.check(owner, "QB-IT-1", "Bank QB", null, broken);
        assertFalse(check.isClean());
        assertNull(check.preview());
        assertEquals(List.of(5, 11), check.problems().stream().map(ProblemRow::line).toList(), check.problems().toString());
        assertEquals(List.of("assessment.bank.gift.unclosedBrace", "assessment.bank.gift.numericNotNumber"),
                check.problems().stream().map(ProblemRow::messageKey).toList());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> banks.save(owner, "QB-IT-1", "Bank QB", null, broken, false));
        assertEquals(List.of(Problem.of("text", "catalog.bank.hasProblems", 2)), refused.problems());
        byte[] windows1252 = GOOD.replace("Bank}", "Bank \u201cBUMDes\u201d}").getBytes(Charset.forName("windows-1252"));
        assertEquals(List.of(Problem.of("text", "catalog.bank.notUtf8", "5")), assertThrows(InvalidInputException.class,
                () -> banks.read(new ByteArrayInputStream(windows1252))).problems());
        assertTrue(assertThrows(InvalidInputException.class, () -> banks.check(owner, "QB-IT-1", "Bank QB", null,
                "Hanya teks biasa tanpa tanda apa pun")).hasProblem("catalog.bank.formatUnknown"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> banks.saveFinalExam(owner, "QB-IT-1", exam(1, ReviewPolicy.DEFAULT, null))).hasProblem("catalog.exam.bankUnknown"));

        assertEquals(0, banksOf(db, "QB-IT-1"), "nothing of a refused bank is stored");
        assertEquals(0, db.count("""
                SELECT COUNT(*) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                WHERE c.code = 'QB-IT-1' AND (v.exam_bank_path IS NOT NULL OR v.exam_review_policy IS NOT NULL)"""));
        assertTrue(banks.banks(owner, "QB-IT-1").isEmpty());
    }

    @Test
    void onlyTheEditorsOfTheDraftTouchItsBanksAndExam() {
        Actor owner = trainer();
        newCourse(owner, "QB-IT-2");
        banks.save(owner, "QB-IT-2", "bank-qb", QuestionBankSource.Format.GIFT, GOOD, false);
        var otherId = administration.createStaff(ADMIN, "Pelatih Bank", "pelatih.bank@example.id", null,
                "Gerai#Sembako2026", Role.TRAINER, "");
        Actor other = accounts.actor(otherId).orElseThrow();

        assertThrows(AccessDeniedException.class, () -> banks.banks(other, "QB-IT-2"));
        assertThrows(AccessDeniedException.class, () -> banks.check(other, "QB-IT-2", "lain", null, GOOD));
        assertThrows(AccessDeniedException.class, () -> banks.save(other, "QB-IT-2", "bank-qb", null, GOOD, true));
        assertThrows(AccessDeniedException.class, () -> banks.delete(other, "QB-IT-2", "questions/bank-qb.gift"));
        assertThrows(AccessDeniedException.class, () -> banks.saveFinalExam(other, "QB-IT-2", exam(2, ReviewPolicy.NEVER, null)));
        assertThrows(AccessDeniedException.class, () -> banks.removeFinalExam(other, "QB-IT-2"));

        authoring.giveTo(owner, "QB-IT-2", "pelatih.bank@example.id");
        banks.saveFinalExam(other, "QB-IT-2", exam(2, ReviewPolicy.NEVER, null));
        assertEquals("NEVER", banks.examForm(owner, "QB-IT-2").reviewPolicy(), "a trainer given the course edits its exam");
    }

    @Test
    void theReviewPolicyAndTheCategoryReachThePublishedVersionAndTheNextDraft() {
        Db db = new Db(dataSource);
        Actor owner = trainer();
        newCourse(owner, "QB-IT-3");
        BankCheck check = banks.check(owner, "QB-IT-3", "Bank QB", null, GOOD);
        assertTrue(check.isClean(), check.problems().toString());
        assertEquals("questions/bank-qb.gift", check.path());
        assertEquals(5, check.preview().questions());
        assertEquals(0, banksOf(db, "QB-IT-3"), "checking writes nothing");
        assertEquals("questions/bank-qb.gift", banks.save(owner, "QB-IT-3", "Bank QB", null, GOOD, false));
        assertEquals(List.of("QB 4", "QB/Dasar 3", "QB/Lanjut 1"), banks.categories(owner, "QB-IT-3", "questions/bank-qb.gift")
                .stream().map(c -> c.category() + " " + c.drawable()).toList(), "the essay is never drawn");

        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> banks.saveFinalExam(owner, "QB-IT-3", exam(4, ReviewPolicy.AFTER_PASS, "QB/Dasar")));
        assertEquals(List.of(Problem.of("questionCount", "catalog.exam.tooManyQuestions", 3)), tooMany.problems());
        assertEquals(0, db.count("""
                SELECT COUNT(*) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                WHERE c.code = 'QB-IT-3' AND v.exam_bank_path IS NOT NULL"""), "a refused exam writes nothing");

        banks.saveFinalExam(owner, "QB-IT-3", exam(3, ReviewPolicy.AFTER_PASS, "QB/Dasar"));
        assertEquals(1, authoring.publish(owner, "QB-IT-3"));

        var published = catalog.latestPublished("QB-IT-3").orElseThrow();
        assertTrue(published.hasFinalExam());
        ExamSettings taken = catalog.finalExam(published.versionId()).orElseThrow().settings();
        assertEquals(ReviewPolicy.AFTER_PASS, taken.reviewPolicy());
        assertEquals("QB/Dasar", taken.category());
        assertEquals(3, taken.questionCount());
        assertEquals("AFTER_PASS", db.string("SELECT exam_review_policy FROM cat_course_version WHERE id = ?",
                published.versionId().value()));
        assertEquals("QB/Dasar", db.string("SELECT exam_category FROM cat_course_version WHERE id = ?",
                published.versionId().value()));

        // the next draft starts from what was published; changing it leaves the published exam alone
        ExamForm next = banks.examForm(owner, "QB-IT-3");
        assertTrue(next.exists());
        assertEquals("AFTER_PASS", next.reviewPolicy());
        assertEquals("QB/Dasar", next.category());
        banks.saveFinalExam(owner, "QB-IT-3", exam(2, ReviewPolicy.AFTER_LAST_ATTEMPT, null));
        assertEquals(ReviewPolicy.AFTER_PASS, catalog.finalExam(published.versionId()).orElseThrow().settings().reviewPolicy());

        // the exam's bank stays while the exam draws from it, and keeps enough questions for it
        assertTrue(assertThrows(InvalidInputException.class, () -> banks.delete(owner, "QB-IT-3", "questions/bank-qb.gift"))
                .hasProblem("catalog.bank.usedByExam"));
        String fewer = GOOD.substring(0, GOOD.indexOf("::QB-2::"));
        assertTrue(assertThrows(InvalidInputException.class, () -> banks.save(owner, "QB-IT-3", "bank-qb", null, fewer, false))
                .hasProblem("catalog.bank.exists"), "the same name replaces only when the trainer agreed");
        assertTrue(assertThrows(InvalidInputException.class, () -> banks.save(owner, "QB-IT-3", "bank-qb", null, fewer, true))
                .hasProblem("catalog.bank.examNeedsMore"));
        assertEquals(5, banks.banks(owner, "QB-IT-3").getFirst().questions(), "the refused replacement changed nothing");

        banks.removeFinalExam(owner, "QB-IT-3");
        banks.delete(owner, "QB-IT-3", "questions/bank-qb.gift");
        assertTrue(banks.banks(owner, "QB-IT-3").isEmpty());
        assertEquals(1, db.count("SELECT COUNT(*) FROM cat_question_bank WHERE version_id = ?", published.versionId().value()),
                "the published version keeps its bank");
        assertTrue(catalog.finalExam(published.versionId()).isPresent(), "and its exam");
    }

    @Test
    void aLessonGetsItsQuizFromABankOfTheDraftAndKeepsItWhenPublished() {
        Actor owner = trainer();
        newCourse(owner, "QB-IT-5");
        banks.save(owner, "QB-IT-5", "bank-qb", QuestionBankSource.Format.GIFT, GOOD, false);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> banks.saveLessonQuiz(owner, "QB-IT-5", 1, "questions/bank-qb.gift", 50, 0, null));
        assertTrue(refused.hasProblem("catalog.lessonQuiz.count") && refused.hasProblem("catalog.lessonQuiz.passMark"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> banks.saveLessonQuiz(owner, "QB-IT-5", 1, "questions/bank-qb.gift", 2, 60, "QB/Tidak-ada"))
                .hasProblem("catalog.lessonQuiz.categoryEmpty"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> banks.saveLessonQuiz(owner, "QB-IT-5", 1, "questions/lain.gift", 2, 60, null))
                .hasProblem("catalog.bank.notFound"));
        assertTrue(banks.lessonQuiz(owner, "QB-IT-5", 1).isEmpty(), "refused: nothing written");

        banks.saveLessonQuiz(owner, "QB-IT-5", 1, "questions/bank-qb.gift", 2, 60, "QB/Dasar");
        assertEquals(new LessonQuiz("questions/bank-qb.gift", 2, 60, "QB/Dasar"), banks.lessonQuiz(owner, "QB-IT-5", 1).orElseThrow());
        assertTrue(assertThrows(InvalidInputException.class, () -> banks.delete(owner, "QB-IT-5", "questions/bank-qb.gift"))
                .hasProblem("catalog.bank.usedByQuiz"));
        assertEquals(1, authoring.publish(owner, "QB-IT-5"));
        var published = catalog.latestPublished("QB-IT-5").orElseThrow();
        var quiz = catalog.lessonQuiz(published.versionId(), 1).orElseThrow();
        assertEquals(2, quiz.settings().questionCount());
        assertEquals("QB/Dasar", quiz.settings().category());
        assertTrue(catalog.lessonQuiz(published.versionId(), 2).isEmpty());
    }

    @Test
    void everyImportedExamNamesItsPolicyAndAPackageAskingForAnEmptyCategoryIsRefused() throws IOException {
        Db db = new Db(dataSource);
        assertTrue(db.count("SELECT COUNT(*) FROM cat_course_version WHERE exam_bank_path IS NOT NULL") >= 10);
        assertEquals(0, db.count("SELECT COUNT(*) FROM cat_course_version WHERE exam_bank_path IS NOT NULL AND exam_review_policy IS NULL"));
        assertEquals(0, db.count("""
                SELECT COUNT(*) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                WHERE c.origin = 'SHIPPED' AND v.exam_bank_path IS NOT NULL
                AND (v.exam_review_policy <> 'AFTER_SUBMIT' OR v.exam_category IS NOT NULL)"""),
                "the shipped courses say nothing of either: the defaults");

        Path root = Files.createTempDirectory("it-qb-category");
        Path course = copy(Path.of(servletContext.getRealPath("/WEB-INF/content")).resolve("01-mengenal-koperasi"), root.resolve("97-kategori"));
        String manifest = Files.readString(course.resolve("course.yml")).replace("code: KOP-01", "code: KOP-97");
        Files.writeString(course.resolve("course.yml"), manifest.stripTrailing() + "\n  category: \"KOP-01/Tidak ada\"\n");
        CurriculumImporter.Report report = importer.importAll(root, Files.createTempDirectory("it-qb-work"));
        assertEquals(List.of(), report.outcomes());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("catalog.package.manifest.examCategoryEmpty")),
                report.failures().toString());
        assertEquals(0, db.count("SELECT COUNT(*) FROM cat_course WHERE code = 'KOP-97'"));
    }

    private static Path copy(Path from, Path to) throws IOException {
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
        return to;
    }
}
