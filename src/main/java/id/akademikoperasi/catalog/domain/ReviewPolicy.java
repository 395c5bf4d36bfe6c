package id.akademikoperasi.catalog.domain;

/**
 * When a member may look back at a submitted final-exam attempt with the right answers and the feedback the bank
 * gives. Holding the answers back keeps a small bank useful for several attempts; showing them is how people learn.
 *
 * <pre>{@code
 * ReviewPolicy.AFTER_PASS.allowsReview(false, true);   // false: failed and out of attempts, still no answers
 * }</pre>
 */
public enum ReviewPolicy {
    /** Never: the member only sees the score. */
    NEVER,
    /** Right after each submitted attempt. The default. */
    AFTER_SUBMIT,
    /** Once the member has passed. */
    AFTER_PASS,
    /** Once the member has passed or has used all their attempts. */
    AFTER_LAST_ATTEMPT;

    /** The policy of an exam that names none (course packages written before it existed, new exams). */
    public static final ReviewPolicy DEFAULT = AFTER_SUBMIT;

    /**
     * Whether a member who has submitted at least one attempt may now see answers and feedback.
     *
     * @param passed          whether one of their attempts passed
     * @param noAttemptsLeft  whether they have used every attempt the exam allows
     */
    public boolean allowsReview(boolean passed, boolean noAttemptsLeft) {
        return switch (this) {
            case NEVER -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_PASS -> passed;
            case AFTER_LAST_ATTEMPT -> passed || noAttemptsLeft;
        };
    }
}
