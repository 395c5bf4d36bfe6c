package id.akademikoperasi.shared.domain;

/**
 * An aggregate refuses a change its rules or its state do not allow. {@link #reason()} is a short code, the end of
 * a bundle key; the application service that called the aggregate words it for the user with {@link #problem}.
 * Unchecked, so the service's transaction rolls back and nothing is written.
 *
 * <pre>{@code
 * try {
 *     application.withdraw(now);
 * } catch (RuleRefusal e) {
 *     throw e.asInput(null, "certification.decision.");   // key certification.decision.notOpen
 * }
 * }</pre>
 */
public class RuleRefusal extends RuntimeException {

    private final String reason;

    public RuleRefusal(String reason) {
        super(reason);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** The refusal as a problem of a form field ({@code null}: the whole form), keyed {@code keyPrefix + reason}. */
    public Problem problem(String field, String keyPrefix, Object... arguments) {
        return Problem.of(field, keyPrefix + reason, arguments);
    }

    /** The refusal as the user's input error, ready to throw. */
    public InvalidInputException asInput(String field, String keyPrefix, Object... arguments) {
        return new InvalidInputException(problem(field, keyPrefix, arguments));
    }
}
