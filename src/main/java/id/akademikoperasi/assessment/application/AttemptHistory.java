package id.akademikoperasi.assessment.application;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The actor's own final-exam attempts, for their learning history: read only, one query, keyed by the actor's
 * account (an attempt of someone else cannot be asked for). Taking and grading attempts is {@link ExamService}'s.
 *
 * <pre>{@code
 * Map<Long, List<AttemptLine>> byEnrolment = attempts.of(member).stream()
 *         .collect(Collectors.groupingBy(AttemptLine::enrolmentId));
 * }</pre>
 */
@ApplicationScoped
public class AttemptHistory {

    /**
     * One attempt. {@code how} is {@code MEMBER} (handed in) or {@code TIMEOUT} (handed in when the time was up);
     * {@code how}, {@code percent} and {@code passed} are {@code null} while it is open.
     */
    public record AttemptLine(long id, long enrolmentId, int lessonNo, int number, Instant startedAt, Instant deadlineAt,
                              Instant submittedAt, String how, BigDecimal percent, Boolean passed) implements Serializable {
        public boolean isSubmitted() {
            return submittedAt != null;
        }

        public boolean isPassed() {
            return Boolean.TRUE.equals(passed);
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** Every attempt of the actor (final exams, lesson 0, and lesson quizzes), by enrolment, quiz, then number. */
    public List<AttemptLine> of(Actor actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.enrolment_id, a.lesson_no, a.number, a.started_at, a.deadline_at, a.submitted_at, a.submitted_how,
                               a.percent, a.passed
                        FROM asm_attempt a
                        WHERE a.account_id = ?1
                        ORDER BY a.enrolment_id, a.lesson_no, a.number""")
                .setParameter(1, actor.accountId()).getResultList();
        return rows.stream().map(r -> new AttemptLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), SqlValues.instant(r[4]), SqlValues.instant(r[5]),
                SqlValues.instant(r[6]), (String) r[7], SqlValues.decimal(r[8]), r[9] == null ? null : SqlValues.bool(r[9])))
                .toList();
    }
}
