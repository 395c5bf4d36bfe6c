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

    /** An attempt as shown; {@code lessonNo} is 0 for the final exam, else the lesson whose quiz it is. */
    public record AttemptView(long id, String courseCode, int lessonNo, String examTitle, int number, Instant startedAt,
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

    /**
     * One question after submission, for review: what the member gave and what was right, both as display texts
     * (a true/false answer as "true"/"false", a matching answer as "left → right"), the mark and its feedback.
     */
    public record QuestionReview(int slot, QuestionType type, String text, List<String> given, List<String> right,
                                 BigDecimal fraction, List<String> feedback, boolean answered) implements Serializable {
        /** The mark as a percentage of the question (0–100), as trainers enter a correction. */
        public BigDecimal percent() {
            return fraction == null ? BigDecimal.ZERO : fraction.movePointRight(2).stripTrailingZeros();
        }
    }

    /** A trainer's correction of one question's mark, as listed under the attempt. */
    public record RegradeView(int slot, BigDecimal oldPercentOfQuestion, BigDecimal newPercentOfQuestion,
                              BigDecimal oldPercent, BigDecimal newPercent, boolean oldPassed, boolean newPassed,
                              String reason, String by, Instant at) implements Serializable {
    }

    /**
     * A submitted attempt under review. {@code questions} is empty when the exam's review policy does not (yet) let
     * the member see the answers; trainers always see them.
     */
    public record AttemptReview(AttemptView attempt, String learner, long enrolmentId, String reviewPolicy,
                                List<QuestionReview> questions, List<RegradeView> regrades, List<AttemptSummary> attempts)
            implements Serializable {
        public boolean showsAnswers() {
            return !questions.isEmpty();
        }

        public List<RegradeView> regradesOf(int slot) {
            return regrades.stream().filter(r -> r.slot() == slot).toList();
        }
    }

    private ExamViews() {
    }
}
