package id.akademikoperasi.catalog.application;

import java.io.Serializable;
import java.util.List;

/** What the trainer's question-bank and final-exam page shows of a draft. */
public final class BankViews {

    /** A bank of the draft: its file name as in a course package ({@code bank.gift}). */
    public record BankRow(String path, String name, String format, int questions, boolean usedByExam)
            implements Serializable {
    }

    /**
     * One answer as the preview shows it.
     *
     * @param labelKey a bundle key for the answer text (true/false questions), else {@code null}
     * @param text     the answer as written, else {@code null}
     * @param weight   the credit ({@code 100%}, {@code -50%}), or {@code null} where a question type has none
     * @param right    whether giving it earns credit
     * @param feedback what the member sees after giving it, or {@code null}
     */
    public record AnswerLine(String labelKey, String text, String weight, boolean right, String feedback)
            implements Serializable {
    }

    /**
     * A question as the preview shows it; {@code line} is where it starts in the bank, {@code title} is
     * {@code null} when the bank gave none.
     */
    public record QuestionPreview(int number, int line, String type, String category, String title, String text,
                                  List<AnswerLine> answers, String generalFeedback) implements Serializable {
    }

    /** How many questions share a category or a type; a {@code null} category is "no category". */
    public record Tally(String label, int count) implements Serializable {
    }

    /**
     * A bank read without problems.
     *
     * @param replaces   whether saving it replaces a bank of the draft with the same name
     * @param usedByExam whether that bank is the one the final exam draws from
     */
    public record BankPreview(String path, String name, String format, int questions, List<Tally> perCategory,
                              List<Tally> perType, List<QuestionPreview> items, boolean replaces, boolean usedByExam)
            implements Serializable {
    }

    /** A problem of a bank: its 1-based line (0 for the bank as a whole), a bundle key and its values. */
    public record ProblemRow(int line, String messageKey, List<Object> arguments) implements Serializable {
    }

    /** What checking a bank found: its problems, or, when there are none, its preview. */
    public record BankCheck(String path, String format, List<ProblemRow> problems, BankPreview preview)
            implements Serializable {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /** A category the final exam can be limited to, with how many questions it can draw from there. */
    public record CategoryOption(String category, int drawable) implements Serializable {
    }

    /** The final exam of the draft as its form starts: the saved settings, or suggestions when there is none. */
    public record ExamForm(boolean exists, String courseTitleId, String courseTitleEn, String titleId, String titleEn,
                           String bankPath, int questionCount, int passMark, int timeLimitMinutes, int maxAttempts,
                           int waitMinutes, String reviewPolicy, String category) implements Serializable {
    }

    private BankViews() {
    }
}
