package id.akademikoperasi.catalog.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.shared.domain.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExamInputTest {

    private static final String BANK = "questions/bank.gift";
    private final QuestionBankCheck check = new QuestionBankCheck();
    private final Map<String, List<ParsedQuestion>> banks = Map.of(BANK, check.parse(QuestionBankCheck.Format.GIFT, """
            $CATEGORY: Dasar

            ::Q1::Koperasi dimiliki anggotanya.{T}

            ::Q2::Siapa pemilik koperasi?{=Anggota ~Pemerintah}

            ::Q3::Ceritakan pengalaman Anda.{}

            $CATEGORY: Lanjut

            ::Q4::RAT adalah rapat anggota tahunan.{T}
            """).questions());

    private static ExamInput valid() {
        return new ExamInput("Ujian Akhir", "Final exam", BANK, 2, 70, 20, 3, 10, ReviewPolicy.AFTER_PASS, "Dasar");
    }

    private List<Problem> problems(ExamInput input) {
        return input.problems(banks, check).list();
    }

    @Test
    void aSoundExamHasNoProblemAndBecomesItsSettings() {
        assertEquals(List.of(), problems(valid()));
        ExamSettings settings = valid().settings();
        assertEquals(ReviewPolicy.AFTER_PASS, settings.reviewPolicy());
        assertEquals("Dasar", settings.category());
        assertEquals("Final exam", settings.title().en());
        assertEquals(List.of(), problems(new ExamInput("Ujian", null, BANK, 3, 1, 1, 1, 0, ReviewPolicy.NEVER, "")),
                "the whole bank: three questions can be drawn; the bounds themselves are allowed");
        assertEquals(null, new ExamInput("Ujian", "  ", BANK, 3, 1, 1, 1, 0, ReviewPolicy.NEVER, " ").settings().category());
    }

    @Test
    void everyEmptyFieldIsNamed() {
        assertEquals(List.of(
                        Problem.of("titleId", "catalog.authoring.required"),
                        Problem.of("bankPath", "catalog.authoring.required"),
                        Problem.of("questionCount", "catalog.authoring.required"),
                        Problem.of("passMark", "catalog.authoring.required"),
                        Problem.of("timeLimitMinutes", "catalog.authoring.required"),
                        Problem.of("maxAttempts", "catalog.authoring.required"),
                        Problem.of("waitMinutes", "catalog.authoring.required"),
                        Problem.of("reviewPolicy", "catalog.authoring.required")),
                problems(new ExamInput(" ", null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void numbersOutsideTheirBoundsAreNamedWithTheBounds() {
        assertEquals(List.of(
                        Problem.of("questionCount", "catalog.exam.between", 1, 500),
                        Problem.of("passMark", "catalog.exam.between", 1, 100),
                        Problem.of("timeLimitMinutes", "catalog.exam.between", 1, 600),
                        Problem.of("maxAttempts", "catalog.exam.between", 1, 20),
                        Problem.of("waitMinutes", "catalog.exam.between", 0, 10_080)),
                problems(new ExamInput("Ujian", null, BANK, 0, 101, 601, 0, -1, ReviewPolicy.DEFAULT, null)));
        assertEquals(List.of(Problem.of("titleId", "catalog.authoring.tooLong", 200), Problem.of("titleEn", "catalog.authoring.tooLong", 200)),
                problems(new ExamInput("u".repeat(201), "e".repeat(201), BANK, 1, 70, 20, 3, 10, ReviewPolicy.DEFAULT, null)));
    }

    @Test
    void theExamCannotAskForMoreThanTheBankOrItsCategoryGives() {
        assertEquals(List.of(Problem.of("questionCount", "catalog.exam.tooManyQuestions", 2)),
                problems(new ExamInput("Ujian", null, BANK, 3, 70, 20, 3, 10, ReviewPolicy.DEFAULT, "Dasar")),
                "the essay of Dasar is never drawn");
        assertEquals(List.of(Problem.of("questionCount", "catalog.exam.tooManyQuestions", 3)),
                problems(new ExamInput("Ujian", null, BANK, 4, 70, 20, 3, 10, ReviewPolicy.DEFAULT, null)));
        assertEquals(List.of(Problem.of("category", "catalog.exam.categoryEmpty", "Lain")),
                problems(new ExamInput("Ujian", null, BANK, 1, 70, 20, 3, 10, ReviewPolicy.DEFAULT, "Lain")));
        assertEquals(List.of(Problem.of("category", "catalog.authoring.tooLong", 200)),
                problems(new ExamInput("Ujian", null, BANK, 1, 70, 20, 3, 10, ReviewPolicy.DEFAULT, "k".repeat(201))));
    }

    @Test
    void theBankMustBeOneOfTheDrafts() {
        assertEquals(List.of(Problem.of("bankPath", "catalog.exam.bankUnknown")),
                problems(new ExamInput("Ujian", null, "questions/lain.gift", 1, 70, 20, 3, 10, ReviewPolicy.DEFAULT, null)));
    }
}
