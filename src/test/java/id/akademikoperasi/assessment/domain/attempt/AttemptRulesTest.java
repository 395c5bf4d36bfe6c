package id.akademikoperasi.assessment.domain.attempt;

import id.akademikoperasi.assessment.domain.attempt.StartDecision.Reason;
import id.akademikoperasi.assessment.domain.scoring.Mark;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptRulesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    /** Three attempts, an hour between them, thirty minutes each, 70 % to pass. */
    private final AttemptRules rules = new AttemptRules(
            new QuizRules(3, Duration.ofHours(1), Duration.ofMinutes(30), 70));

    private static Instant at(String offset) {
        return T0.plus(Duration.parse(offset));
    }

    private static PastAttempt failed(String started, String submitted) {
        return new PastAttempt(at(started), at(submitted), false);
    }

    @Test
    void aFirstAttemptIsAllowed() {
        StartDecision decision = rules.decideStart(List.of(), T0);
        assertTrue(decision.isAllowed());
        assertNull(decision.reason());
        assertNull(decision.allowedFrom());
    }

    @Test
    void aPassedQuizIsNotTakenAgain() {
        List<PastAttempt> past = List.of(failed("PT0S", "PT20M"), new PastAttempt(at("PT2H"), at("PT2H10M"), true));
        assertEquals(StartDecision.refused(Reason.ALREADY_PASSED), rules.decideStart(past, at("P10D")));
    }

    @Test
    void anOpenAttemptIsResumedNotRestarted() {
        List<PastAttempt> past = List.of(new PastAttempt(T0, null, false));
        assertEquals(StartDecision.refused(Reason.ATTEMPT_OPEN), rules.decideStart(past, at("PT10M")));
        assertEquals(StartDecision.refused(Reason.ATTEMPT_OPEN), rules.decideStart(past, at("PT30M")));
    }

    @Test
    void anAttemptLeftOpenPastItsDeadlineEndsThereAndTheWaitCountsFromIt() {
        List<PastAttempt> past = List.of(new PastAttempt(T0, null, false));
        assertEquals(StartDecision.mustWait(at("PT1H30M")), rules.decideStart(past, at("PT30M0.001S")));
        assertTrue(rules.decideStart(past, at("PT1H30M")).isAllowed());
    }

    @Test
    void everyAttemptCountsTowardsTheLimit() {
        List<PastAttempt> past = List.of(failed("PT0S", "PT10M"), failed("PT2H", "PT2H10M"),
                new PastAttempt(at("PT4H"), null, false));
        assertEquals(StartDecision.refused(Reason.NO_ATTEMPTS_LEFT), rules.decideStart(past, at("P1D")));
        assertEquals(StartDecision.refused(Reason.ATTEMPT_OPEN), rules.decideStart(past, at("PT4H5M")));
    }

    @Test
    void theWaitEndsExactlyAtAllowedFrom() {
        List<PastAttempt> past = List.of(failed("PT2H", "PT2H10M"), failed("PT0S", "PT20M"));
        StartDecision decision = rules.decideStart(past, at("PT3H9M59S"));
        assertEquals(Reason.MUST_WAIT, decision.reason());
        assertEquals(at("PT3H10M"), decision.allowedFrom());
        assertFalse(rules.decideStart(past, at("PT3H10M").minusNanos(1)).isAllowed());
        assertTrue(rules.decideStart(past, at("PT3H10M")).isAllowed());
    }

    @Test
    void noWaitAndUnlimitedAttempts() {
        AttemptRules free = new AttemptRules(
                new QuizRules(QuizRules.UNLIMITED, Duration.ZERO, Duration.ofMinutes(5), 50));
        List<PastAttempt> many = List.of(failed("PT0S", "PT1M"), failed("PT1M", "PT2M"), failed("PT2M", "PT3M"),
                failed("PT3M", "PT4M"));
        assertTrue(free.decideStart(many, at("PT4M")).isAllowed());
    }

    @Test
    void answersAreTakenUntilFifteenSecondsAfterTheDeadline() {
        assertEquals(at("PT30M"), rules.deadline(T0));
        assertTrue(rules.acceptsAnswerAt(T0, at("PT1M")));
        assertTrue(rules.acceptsAnswerAt(T0, at("PT30M")));
        assertTrue(rules.acceptsAnswerAt(T0, at("PT30M15S")));
        assertFalse(rules.acceptsAnswerAt(T0, at("PT30M15S").plusNanos(1)));
    }

    @Test
    void anAttemptIsOverdueOnlyAfterItsDeadline() {
        assertFalse(rules.isOverdue(T0, at("PT29M59S")));
        assertFalse(rules.isOverdue(T0, at("PT30M")));
        assertTrue(rules.isOverdue(T0, at("PT30M").plusMillis(1)));
    }

    @Test
    void passingNeedsThePassMark() {
        assertTrue(rules.passed(new BigDecimal("70.00")));
        assertTrue(rules.passed(new BigDecimal("100")));
        assertFalse(rules.passed(new BigDecimal("69.99")));
    }

    @Test
    void percentIsTheMeanOfTheFractions() {
        List<Mark> marks = List.of(mark("1"), mark("0.5"), mark("0"));
        assertEquals(new BigDecimal("50.00"), AttemptRules.percent(marks));
        assertEquals(new BigDecimal("33.33"), AttemptRules.percent(List.of(mark("1"), mark("0"), mark("0"))));
        assertEquals(new BigDecimal("66.67"), AttemptRules.percent(List.of(mark("1"), mark("1"), mark("0"))));
        assertEquals(new BigDecimal("100.00"), AttemptRules.percent(List.of(mark("1"))));
        assertThrows(IllegalArgumentException.class, () -> AttemptRules.percent(List.of()));
    }

    @Test
    void rulesAndAttemptsRefuseNonsense() {
        Duration minute = Duration.ofMinutes(1);
        assertThrows(IllegalArgumentException.class, () -> new QuizRules(-1, Duration.ZERO, minute, 50));
        assertThrows(IllegalArgumentException.class, () -> new QuizRules(1, Duration.ofSeconds(-1), minute, 50));
        assertThrows(IllegalArgumentException.class, () -> new QuizRules(1, Duration.ZERO, Duration.ZERO, 50));
        assertThrows(IllegalArgumentException.class, () -> new QuizRules(1, Duration.ZERO, minute, 101));
        assertThrows(IllegalArgumentException.class, () -> new PastAttempt(T0, null, true));
        assertThrows(IllegalArgumentException.class, () -> new PastAttempt(T0, T0.minusSeconds(1), false));
        assertThrows(IllegalArgumentException.class, () -> new StartDecision(Reason.MUST_WAIT, null));
        assertThrows(IllegalArgumentException.class, () -> new StartDecision(Reason.ATTEMPT_OPEN, T0));
    }

    private static Mark mark(String fraction) {
        return new Mark(new BigDecimal(fraction), List.of());
    }
}
