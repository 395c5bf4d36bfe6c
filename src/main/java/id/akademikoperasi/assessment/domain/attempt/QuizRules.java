package id.akademikoperasi.assessment.domain.attempt;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a member may take a quiz, and the score that passes it.
 *
 * <pre>{@code
 * new QuizRules(3, Duration.ofHours(1), Duration.ofMinutes(30), 70)
 * // three attempts, an hour between them, thirty minutes each, 70 % to pass
 * }</pre>
 *
 * @param maxAttempts how many attempts a member has, or {@link #UNLIMITED}
 * @param waitBetween the time between submitting an attempt and starting the next; {@link Duration#ZERO} for none
 *                    (not called {@code wait}, which would clash with {@code Object.wait()})
 * @param timeLimit   how long an attempt lasts from its start; positive
 * @param passMark    the score in percent, 0 to 100, that passes the quiz
 */
public record QuizRules(int maxAttempts, Duration waitBetween, Duration timeLimit, int passMark) {

    /** As in Moodle, 0 attempts means no limit. */
    public static final int UNLIMITED = 0;

    public QuizRules {
        Objects.requireNonNull(waitBetween, "waitBetween");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative (0 means unlimited): " + maxAttempts);
        }
        if (waitBetween.isNegative()) {
            throw new IllegalArgumentException("the wait between attempts cannot be negative: " + waitBetween);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("an attempt needs a positive time limit: " + timeLimit);
        }
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark is a percentage from 0 to 100: " + passMark);
        }
    }

    public boolean limitsAttempts() {
        return maxAttempts != UNLIMITED;
    }
}
