package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.QuestionType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the exam pages show. Choice and matching orders are already shuffled the way this attempt shows them. */
public final class ExamViews {

    /** A choice as shown: its index in the question (what an answer names) and its text. */
    public record ChoiceView(int index, String text) implements Serializable {
    }

    /**
     * One question as the member sees it. {@code saved} is the stored answer ({@code Response.toStorage()}) or
     * {@code null}; {@code fraction} is set once graded. {@code lefts} are the items to match, by their index in the
     * question's pairs (what a matching answer names); {@code rights} the answers to match them with, shuffled.
     */
    public record QuestionView(int slot, QuestionType type, String text, List<ChoiceView> choices, List<ChoiceView> lefts,
                               List<String> rights, String saved, BigDecimal fraction) implements Serializable {
    }

    public record AttemptView(long id, String courseCode, String examTitle, int number, Instant startedAt,
                              Instant deadlineAt, Instant submittedAt, BigDecimal percent, boolean passed, int passMark,
                              List<QuestionView> questions) implements Serializable {
        public boolean isSubmitted() {
            return submittedAt != null;
        }

        public long answered() {
            return questions.stream().filter(q -> q.saved() != null).count();
        }
    }

    public record AttemptSummary(long id, int number, Instant startedAt, Instant submittedAt, BigDecimal percent,
                                 boolean passed) implements Serializable {
    }

    private ExamViews() {
    }
}
