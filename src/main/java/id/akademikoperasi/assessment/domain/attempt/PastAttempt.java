package id.akademikoperasi.assessment.domain.attempt;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link AttemptRules} needs to know of a member's earlier attempt at a quiz.
 *
 * <pre>{@code
 * new PastAttempt(Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:20:00Z"), false)
 * }</pre>
 *
 * @param started         when the attempt began
 * @param submittedOrNull when it was submitted (by the member or closed at its deadline), {@code null} while open
 * @param passed          whether its score reached the pass mark; only a submitted attempt can have passed
 */
public record PastAttempt(Instant started, Instant submittedOrNull, boolean passed) {

    public PastAttempt {
        Objects.requireNonNull(started, "started");
        if (submittedOrNull != null && submittedOrNull.isBefore(started)) {
            throw new IllegalArgumentException("submitted " + submittedOrNull + " before it started " + started);
        }
        if (passed && submittedOrNull == null) {
            throw new IllegalArgumentException("an attempt that is still open has not passed");
        }
    }

    public boolean isSubmitted() {
        return submittedOrNull != null;
    }
}
