package id.akademikoperasi.assessment.domain.attempt;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a member may start a new attempt at a quiz and, if not, why.
 *
 * <pre>{@code
 * StartDecision decision = rules.decideStart(pastAttempts, clock.instant());
 * if (decision.isAllowed()) { ... }
 * else if (decision.reason() == Reason.MUST_WAIT) { show(decision.allowedFrom()); }
 * }</pre>
 *
 * @param reason      why not, or {@code null} when the member may start
 * @param allowedFrom when the member may start, for {@link Reason#MUST_WAIT} only, else {@code null}
 */
public record StartDecision(Reason reason, Instant allowedFrom) {

    /** Why a member may not start a new attempt. */
    public enum Reason {
        /** An earlier attempt passed the quiz. */
        ALREADY_PASSED,
        /** Every allowed attempt has been used. */
        NO_ATTEMPTS_LEFT,
        /** The wait after the last attempt is not over yet. */
        MUST_WAIT,
        /** An attempt is open and within its time: resume it instead. */
        ATTEMPT_OPEN
    }

    private static final StartDecision ALLOWED = new StartDecision(null, null);

    public StartDecision {
        if ((reason == Reason.MUST_WAIT) != (allowedFrom != null)) {
            throw new IllegalArgumentException("a wait, and only a wait, says when it ends: " + reason);
        }
    }

    public static StartDecision allowed() {
        return ALLOWED;
    }

    public static StartDecision refused(Reason reason) {
        return new StartDecision(Objects.requireNonNull(reason, "reason"), null);
    }

    public static StartDecision mustWait(Instant allowedFrom) {
        return new StartDecision(Reason.MUST_WAIT, Objects.requireNonNull(allowedFrom, "allowedFrom"));
    }

    public boolean isAllowed() {
        return reason == null;
    }
}
