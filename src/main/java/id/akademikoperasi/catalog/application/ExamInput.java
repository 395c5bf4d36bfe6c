package id.akademikoperasi.catalog.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.shared.domain.Problems;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The final exam as a trainer fills it in. Numbers are {@code null} when left empty, so that an empty field is
 * named as such rather than read as zero.
 *
 * <pre>{@code
 * new ExamInput("Ujian Akhir", null, "questions/bank.gift", 10, 70, 20, 3, 10, ReviewPolicy.AFTER_PASS, "KOP-01/Dasar")
 *         .problems(banks, check).throwIfAny();
 * }</pre>
 */
public record ExamInput(String titleId, String titleEn, String bankPath, Integer questionCount, Integer passMark,
                        Integer timeLimitMinutes, Integer maxAttempts, Integer waitMinutes, ReviewPolicy reviewPolicy,
                        String category) implements Serializable {

    static final int MAX_TITLE = 200;
    static final int MAX_QUESTIONS = 500;
    static final int MAX_TIME_LIMIT = 600;
    static final int MAX_ATTEMPTS = 20;
    static final int MAX_WAIT = 10_080;

    /**
     * Every problem, each on its field (named as the record's components). The limits are those of
     * {@code course.yml}; the question count must not exceed what the bank can draw in the chosen category.
     *
     * @param banks the draft's banks, read, by path
     */
    public Problems problems(Map<String, List<ParsedQuestion>> banks, QuestionBankCheck check) {
        Problems problems = new Problems();
        if (titleId == null || titleId.isBlank()) {
            problems.add("titleId", "catalog.authoring.required");
        } else if (titleId.strip().length() > MAX_TITLE) {
            problems.add("titleId", "catalog.authoring.tooLong", MAX_TITLE);
        }
        if (titleEn != null && titleEn.strip().length() > MAX_TITLE) {
            problems.add("titleEn", "catalog.authoring.tooLong", MAX_TITLE);
        }
        List<ParsedQuestion> bank = null;
        if (bankPath == null || bankPath.isBlank()) {
            problems.add("bankPath", "catalog.authoring.required");
        } else if (!banks.containsKey(bankPath)) {
            problems.add("bankPath", "catalog.exam.bankUnknown");
        } else {
            bank = banks.get(bankPath);
        }
        range(problems, "questionCount", questionCount, 1, MAX_QUESTIONS);
        range(problems, "passMark", passMark, 1, 100);
        range(problems, "timeLimitMinutes", timeLimitMinutes, 1, MAX_TIME_LIMIT);
        range(problems, "maxAttempts", maxAttempts, 1, MAX_ATTEMPTS);
        range(problems, "waitMinutes", waitMinutes, 0, MAX_WAIT);
        if (reviewPolicy == null) {
            problems.add("reviewPolicy", "catalog.authoring.required");
        }
        String wanted = ExamSettings.normalCategory(category);
        if (wanted != null && wanted.length() > ExamSettings.MAX_CATEGORY) {
            problems.add("category", "catalog.authoring.tooLong", ExamSettings.MAX_CATEGORY);
        } else if (bank != null) {
            int drawable = check.drawable(bank, wanted);
            if (wanted != null && drawable == 0) {
                problems.add("category", "catalog.exam.categoryEmpty", wanted);
            } else if (!problems.has("questionCount") && questionCount > drawable) {
                problems.add("questionCount", "catalog.exam.tooManyQuestions", drawable);
            }
        }
        return problems;
    }

    /** The settings to store; call only when {@link #problems} found none. */
    public ExamSettings settings() {
        return new ExamSettings(new Bilingual(titleId.strip(), titleEn == null ? null : titleEn.strip()), bankPath,
                questionCount, passMark, timeLimitMinutes, maxAttempts, waitMinutes, reviewPolicy, category);
    }

    private static void range(Problems problems, String field, Integer value, int min, int max) {
        if (value == null) {
            problems.add(field, "catalog.authoring.required");
        } else if (value < min || value > max) {
            problems.add(field, "catalog.exam.between", min, max);
        }
    }
}
