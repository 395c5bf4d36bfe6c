package id.akademikoperasi.assessment.domain.exam;

import id.akademikoperasi.assessment.domain.attempt.AttemptRules;
import id.akademikoperasi.assessment.domain.attempt.QuizRules;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptTest {

    static final Instant START = Instant.parse("2026-11-28T01:00:00Z");
    static final AttemptRules RULES = new AttemptRules(new QuizRules(3, Duration.ofMinutes(10), Duration.ofMinutes(20), 50));
    static final List<ParsedQuestion> BANK = new GiftParser().parse("""
            Koperasi dimiliki oleh anggotanya.{T}

            Rapat anggota adalah kekuasaan tertinggi koperasi.{T}
            """).questions();

    static Attempt attempt() {
        return Attempt.start(1, 2, 3, 0, 4, 1, List.of(0, 1), 99L, 50, START, RULES.deadline(START));
    }

    @Test
    void answersAreTakenUntilTheDeadlineAndAShortGraceOnly() {
        Attempt a = attempt();
        a.save(1, new Response.Bool(true), START.plusSeconds(60), RULES);
        a.save(1, new Response.Bool(false), START.plusSeconds(90), RULES);
        assertEquals(new Response.Bool(false), a.response(1).orElseThrow(), "the last answer counts");
        a.save(2, new Response.Bool(true), RULES.deadline(START).plus(AttemptRules.GRACE), RULES);
        assertThrows(Attempt.ClosedException.class,
                () -> a.save(2, new Response.Bool(true), RULES.deadline(START).plus(AttemptRules.GRACE).plusMillis(1), RULES));
        assertThrows(IllegalArgumentException.class, () -> a.save(3, new Response.Bool(true), START, RULES));
    }

    @Test
    void gradedOnceWithUnansweredQuestionsScoringNothing() {
        Attempt a = attempt();
        a.save(1, new Response.Bool(true), START.plusSeconds(60), RULES);
        assertTrue(a.grade(BANK, Locale.ROOT, Attempt.Submission.MEMBER, START.plusSeconds(120), RULES));
        assertEquals(0, new BigDecimal("50").compareTo(a.percent()));
        assertTrue(a.isPassed(), "50 % reaches a pass mark of 50");
        assertEquals(START.plusSeconds(120), a.submittedAt());
        assertFalse(a.grade(BANK, Locale.ROOT, Attempt.Submission.MEMBER, START.plusSeconds(130), RULES), "never twice");
        assertEquals(START.plusSeconds(120), a.submittedAt());
        assertThrows(Attempt.ClosedException.class, () -> a.save(2, new Response.Bool(true), START.plusSeconds(140), RULES));
    }

    @Test
    void aTimeOutIsSubmittedAsOfTheDeadline() {
        Attempt a = attempt();
        Instant late = RULES.deadline(START).plus(Duration.ofHours(3));
        assertTrue(a.isOverdue(late));
        a.grade(BANK, Locale.ROOT, Attempt.Submission.TIMEOUT, late, RULES);
        assertEquals(RULES.deadline(START), a.submittedAt());
        assertEquals(Attempt.Submission.TIMEOUT, a.submittedHow());
        assertEquals(0, BigDecimal.ZERO.compareTo(a.percent()));
        assertFalse(a.isOverdue(late), "submitted: no longer overdue");
    }

    @Test
    void aTrainerCorrectsOneMarkAndTheScoreFollowsWithTheOldValuesKept() {
        Attempt a = attempt();
        a.save(1, new Response.Bool(false), START.plusSeconds(60), RULES);   // wrong
        a.save(2, new Response.Bool(false), START.plusSeconds(70), RULES);   // wrong
        assertThrows(IllegalStateException.class, () -> a.regrade(1, BigDecimal.ONE, "alasan", 7, START, RULES), "still open");
        a.grade(BANK, Locale.ROOT, Attempt.Submission.MEMBER, START.plusSeconds(120), RULES);
        assertFalse(a.isPassed());

        Regrade r = a.regrade(1, BigDecimal.ONE, "  Soal ini ambigu  ", 7, START.plusSeconds(500), RULES);
        assertEquals(0, new BigDecimal("50").compareTo(a.percent()));
        assertTrue(a.isPassed(), "50 % now reaches the pass mark");
        assertEquals(0, BigDecimal.ZERO.compareTo(r.oldFraction()));
        assertEquals(0, BigDecimal.ONE.compareTo(r.newFraction()));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.oldPercent()));
        assertEquals(0, new BigDecimal("50").compareTo(r.newPercent()));
        assertFalse(r.oldPassed());
        assertTrue(r.newPassed());
        assertEquals("Soal ini ambigu", r.reason());
        assertEquals(7, r.regradedBy());
        assertEquals(0, BigDecimal.ONE.compareTo(a.fraction(1).orElseThrow()));

        assertThrows(IllegalArgumentException.class, () -> a.regrade(1, new BigDecimal("1.5"), "alasan", 7, START, RULES));
        assertThrows(IllegalArgumentException.class, () -> a.regrade(2, BigDecimal.ONE, " ", 7, START, RULES));
        assertEquals(0, new BigDecimal("50").compareTo(a.percent()), "refused corrections change nothing");
    }

    @Test
    void anUnansweredQuestionCannotBeRegraded() {
        Attempt a = attempt();
        a.grade(BANK, Locale.ROOT, Attempt.Submission.MEMBER, START.plusSeconds(120), RULES);
        assertThrows(IllegalArgumentException.class, () -> a.regrade(2, BigDecimal.ONE, "alasan", 7, START, RULES));
    }
}
