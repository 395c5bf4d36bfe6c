package id.akademikoperasi.assessment.domain.exam;

import id.akademikoperasi.assessment.domain.attempt.AttemptRules;
import id.akademikoperasi.assessment.domain.attempt.PastAttempt;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Mark;
import id.akademikoperasi.assessment.domain.scoring.QuestionScoring;
import id.akademikoperasi.assessment.domain.scoring.Response;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One sitting of a final exam or of a lesson's quiz. It names the questions it drew from an immutable bank, in order; it takes answers
 * until its deadline (plus a short grace for slow networks) and is graded exactly once, by the member's submit or
 * when the time is up, with whatever was saved.
 *
 * <pre>{@code
 * Attempt a = Attempt.start(enrolment, account, version, 0, bank, 1, List.of(4, 0, 7), seed, 70, now, deadline);
 * a.save(1, new Response.Bool(true), now, rules);
 * a.grade(drawnQuestions, Locale.of("id"), Attempt.Submission.MEMBER, later, rules);   // false if already graded
 * }</pre>
 */
@Entity
@Table(name = "asm_attempt")
public class Attempt {

    /** Who ended the attempt. */
    public enum Submission { MEMBER, TIMEOUT }

    /** Thrown when an answer comes after the attempt ended. */
    public static class ClosedException extends RuntimeException {
        public ClosedException(String message) {
            super(message);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    /** 0 for the course's final exam, else the lesson whose quiz this is. */
    @Column(name = "lesson_no", nullable = false)
    private int lessonNo;

    @Column(nullable = false)
    private int number;

    /** Indexes into the bank's questions, comma-separated, in the order the member sees them. */
    @Column(name = "question_order", nullable = false, length = 2000)
    private String questionOrder;

    @Column(name = "shuffle_seed", nullable = false)
    private long shuffleSeed;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_how", length = 10)
    private Submission submittedHow;

    @Column(precision = 5, scale = 2)
    private BigDecimal percent;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @MapKey(name = "slot")
    private Map<Integer, Answer> answers = new HashMap<>();

    protected Attempt() {
    }

    /** @param lessonNo 0 for the course's final exam, else the lesson whose quiz is taken */
    public static Attempt start(long enrolmentId, long accountId, long courseVersionId, int lessonNo, long bankId, int number,
                                List<Integer> questionOrder, long shuffleSeed, int passMark, Instant at, Instant deadline) {
        if (questionOrder.isEmpty()) {
            throw new IllegalArgumentException("an attempt has at least one question");
        }
        if (lessonNo < 0) {
            throw new IllegalArgumentException("a lesson number starts at 1 (0: the final exam)");
        }
        Attempt a = new Attempt();
        a.enrolmentId = enrolmentId;
        a.accountId = accountId;
        a.courseVersionId = courseVersionId;
        a.lessonNo = lessonNo;
        a.bankId = bankId;
        a.number = number;
        a.questionOrder = questionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
        a.shuffleSeed = shuffleSeed;
        a.passMark = passMark;
        a.startedAt = at;
        a.deadlineAt = deadline;
        return a;
    }

    /** Saves (or replaces) the answer to question {@code slot} (1-based). */
    public void save(int slot, Response response, Instant at, AttemptRules rules) {
        requireOpen(id, startedAt, submittedAt, at, rules);
        if (slot < 1 || slot > questionCount()) {
            throw new IllegalArgumentException("question " + slot + " is not in 1.." + questionCount());
        }
        answers.computeIfAbsent(slot, s -> new Answer(this, s)).save(response, at);
    }

    /**
     * The rule every answer obeys, also where an answer is written without loading the whole attempt: only while
     * the attempt is not submitted, and up to its deadline plus the grace for slow networks.
     *
     * @throws ClosedException when the answer comes too late
     */
    public static void requireOpen(Long id, Instant startedAt, Instant submittedAt, Instant at, AttemptRules rules) {
        if (submittedAt != null) {
            throw new ClosedException("attempt " + id + " was submitted");
        }
        if (!rules.acceptsAnswerAt(startedAt, at)) {
            throw new ClosedException("attempt " + id + " is past its deadline");
        }
    }

    /**
     * Grades the attempt with the saved answers; an unanswered question scores 0.
     *
     * @param drawn the questions of {@link #questionOrder()}, in that order
     * @return false when it was graded before (nothing changes: a double submit never grades twice)
     */
    public boolean grade(List<ParsedQuestion> drawn, Locale locale, Submission how, Instant at, AttemptRules rules) {
        if (isSubmitted()) {
            return false;
        }
        if (drawn.size() != questionCount()) {
            throw new IllegalArgumentException("expected " + questionCount() + " questions, got " + drawn.size());
        }
        List<Mark> marks = new ArrayList<>();
        for (int slot = 1; slot <= drawn.size(); slot++) {
            Answer answer = answers.get(slot);
            Mark mark = answer == null ? new Mark(BigDecimal.ZERO, List.of())
                    : QuestionScoring.score(drawn.get(slot - 1), answer.response(), locale);
            if (answer != null) {
                answer.grade(mark.fraction());
            }
            marks.add(mark);
        }
        percent = AttemptRules.percent(marks);
        passed = rules.passed(percent);
        submittedAt = how == Submission.TIMEOUT && at.isAfter(deadlineAt) ? deadlineAt : at;
        submittedHow = how;
        return true;
    }

    /**
     * A trainer corrects the mark of the answered question {@code slot} of this submitted attempt: the score and the
     * pass are recomputed from every question's mark, and the correction is returned to be kept.
     *
     * @param fraction the question's new mark, from 0 to 1
     */
    public Regrade regrade(int slot, BigDecimal fraction, String reason, long by, Instant at, AttemptRules rules) {
        if (!isSubmitted()) {
            throw new IllegalStateException("attempt " + id + " is still open");
        }
        Answer answer = answers.get(slot);
        if (answer == null) {
            throw new IllegalArgumentException("question " + slot + " of attempt " + id + " was not answered");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a regrade needs a reason");
        }
        BigDecimal corrected = new Mark(fraction, List.of()).fraction();
        BigDecimal before = answer.fraction() == null ? BigDecimal.ZERO.setScale(Mark.SCALE) : answer.fraction();
        BigDecimal percentBefore = percent;
        boolean passedBefore = isPassed();
        answer.grade(corrected);
        List<Mark> marks = new ArrayList<>();
        for (int s = 1; s <= questionCount(); s++) {
            Answer a = answers.get(s);
            marks.add(new Mark(a == null || a.fraction() == null ? BigDecimal.ZERO : a.fraction(), List.of()));
        }
        percent = AttemptRules.percent(marks);
        passed = rules.passed(percent);
        return new Regrade(id, slot, before, corrected, percentBefore, percent, passedBefore, passed, reason.strip(), by, at);
    }

    public boolean isOverdue(Instant now) {
        return !isSubmitted() && now.isAfter(deadlineAt);
    }

    public PastAttempt asPast() {
        return new PastAttempt(startedAt, submittedAt, Boolean.TRUE.equals(passed));
    }

    public List<Integer> questionOrder() {
        return Arrays.stream(questionOrder.split(",")).map(Integer::valueOf).toList();
    }

    public int questionCount() {
        return questionOrder.split(",").length;
    }

    public Optional<Response> response(int slot) {
        return Optional.ofNullable(answers.get(slot)).map(Answer::response);
    }

    public Optional<BigDecimal> fraction(int slot) {
        return Optional.ofNullable(answers.get(slot)).map(Answer::fraction);
    }

    public int answered() {
        return answers.size();
    }

    public long id() { return id; }
    public long enrolmentId() { return enrolmentId; }
    public long accountId() { return accountId; }
    public long courseVersionId() { return courseVersionId; }
    public long bankId() { return bankId; }
    public int lessonNo() { return lessonNo; }
    public boolean isFinalExam() { return lessonNo == 0; }
    public int number() { return number; }
    public long shuffleSeed() { return shuffleSeed; }
    public int passMark() { return passMark; }
    public Instant startedAt() { return startedAt; }
    public Instant deadlineAt() { return deadlineAt; }
    public Instant submittedAt() { return submittedAt; }
    public Submission submittedHow() { return submittedHow; }
    public boolean isSubmitted() { return submittedAt != null; }
    public BigDecimal percent() { return percent; }
    public boolean isPassed() { return Boolean.TRUE.equals(passed); }
}
