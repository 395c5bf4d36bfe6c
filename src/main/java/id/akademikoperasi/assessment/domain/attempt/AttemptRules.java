package id.akademikoperasi.assessment.domain.attempt;

import id.akademikoperasi.assessment.domain.scoring.Mark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a quiz applied to a member's attempts: whether a new one may start, until when answers are taken,
 * and whether a score passes. Time is always passed in, so callers use their injected {@code Clock}.
 *
 * <pre>{@code
 * AttemptRules rules = new AttemptRules(new QuizRules(3, Duration.ofHours(1), Duration.ofMinutes(30), 70));
 * StartDecision decision = rules.decideStart(pastAttempts, clock.instant());
 * rules.acceptsAnswerAt(attempt.started(), clock.instant());   // until the deadline and 15 s more
 * rules.passed(AttemptRules.percent(marks));
 * }</pre>
 */
public record AttemptRules(QuizRules quiz) {

    /** Answers sent just before the deadline may arrive a little after it over a slow connection. */
    public static final Duration GRACE = Duration.ofSeconds(15);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public AttemptRules {
        Objects.requireNonNull(quiz, "quiz");
    }

    /**
     * Decides whether a member may start a new attempt, checking in this order: an earlier attempt passed
     * ({@code ALREADY_PASSED}); an attempt is open and not past its deadline ({@code ATTEMPT_OPEN}); every attempt
     * is used, open or not ({@code NO_ATTEMPTS_LEFT}); the wait after the last attempt is not over
     * ({@code MUST_WAIT}). An attempt never submitted ends at its deadline, so the wait counts from there.
     *
     * @param past every earlier attempt of the member at this quiz, in any order
     */
    public StartDecision decideStart(List<PastAttempt> past, Instant now) {
        Objects.requireNonNull(now, "now");
        if (past.stream().anyMatch(PastAttempt::passed)) {
            return StartDecision.refused(StartDecision.Reason.ALREADY_PASSED);
        }
        if (past.stream().anyMatch(a -> !a.isSubmitted() && !isOverdue(a.started(), now))) {
            return StartDecision.refused(StartDecision.Reason.ATTEMPT_OPEN);
        }
        if (quiz.limitsAttempts() && past.size() >= quiz.maxAttempts()) {
            return StartDecision.refused(StartDecision.Reason.NO_ATTEMPTS_LEFT);
        }
        Instant allowedFrom = past.stream()
                .map(this::ended)
                .max(Instant::compareTo)
                .map(end -> end.plus(quiz.waitBetween()))
                .orElse(now);
        return now.isBefore(allowedFrom) ? StartDecision.mustWait(allowedFrom) : StartDecision.allowed();
    }

    /** When an attempt started then runs out of time. */
    public Instant deadline(Instant started) {
        return started.plus(quiz.timeLimit());
    }

    /** Whether an answer arriving at that moment still counts: up to the deadline plus {@link #GRACE}. */
    public boolean acceptsAnswerAt(Instant started, Instant at) {
        return !at.isAfter(deadline(started).plus(GRACE));
    }

    /** Whether the time of an attempt is up (strictly after its deadline), so it should be closed. */
    public boolean isOverdue(Instant started, Instant now) {
        return now.isAfter(deadline(started));
    }

    /** Whether a score in percent reaches the pass mark. */
    public boolean passed(BigDecimal percent) {
        return percent.compareTo(BigDecimal.valueOf(quiz.passMark())) >= 0;
    }

    /**
     * The score of an attempt in percent: the mean of its questions' fractions × 100, at scale 2 rounded half up.
     *
     * @throws IllegalArgumentException for an attempt without questions
     */
    public static BigDecimal percent(List<Mark> marks) {
        if (marks.isEmpty()) {
            throw new IllegalArgumentException("an attempt without questions has no score");
        }
        BigDecimal sum = marks.stream().map(Mark::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(HUNDRED).divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
    }

    private Instant ended(PastAttempt attempt) {
        return attempt.isSubmitted() ? attempt.submittedOrNull() : deadline(attempt.started());
    }
}
