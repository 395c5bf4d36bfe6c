package id.akademikoperasi.assessment.domain.bank;

/**
 * The answer of a true/false question. GIFT writes the feedback for a wrong answer first:
 * {@code {F#wrong feedback#right feedback}}.
 *
 * @param wrongFeedback shown to a learner who answered wrongly, or {@code null}
 * @param rightFeedback shown to a learner who answered rightly, or {@code null}
 */
public record TrueFalseAnswer(boolean correct, String wrongFeedback, String rightFeedback) {
}
