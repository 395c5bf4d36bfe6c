package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.application.ExamViews.AttemptReview;
import id.akademikoperasi.assessment.application.ExamViews.AttemptSummary;
import id.akademikoperasi.assessment.application.ExamViews.QuestionReview;
import id.akademikoperasi.assessment.application.ExamViews.RegradeView;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.assessment.application.ExamViews.ChoiceView;
import id.akademikoperasi.assessment.application.ExamViews.QuestionView;
import id.akademikoperasi.assessment.domain.attempt.AttemptRules;
import id.akademikoperasi.assessment.domain.attempt.QuizRules;
import id.akademikoperasi.assessment.domain.attempt.StartDecision;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.exam.Attempt;
import id.akademikoperasi.assessment.domain.exam.Regrade;
import id.akademikoperasi.assessment.domain.scoring.QuestionScoring;
import id.akademikoperasi.assessment.domain.scoring.QuestionDraw;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogService.FinalExam;
import id.akademikoperasi.catalog.domain.CourseVersionId;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Final exams: start or resume an attempt, save each answer as it is given, submit (once), and submit on time-out
 * with what was saved. Members reach only their own attempts; trainers those of the courses they teach.
 *
 * <pre>{@code
 * AttemptView a = exams.start(member, "KOP-01", locale);          // resumes the open attempt if there is one
 * exams.save(member, a.id(), 1, new Response.Choices(Set.of(2)));
 * AttemptView graded = exams.submit(member, a.id(), locale);       // a second submit returns the same grade
 * }</pre>
 */
@ApplicationScoped
public class ExamService {

    private static final SecureRandom SEEDS = new SecureRandom();

    /** Longest reason kept with a grade correction. */
    public static final int MAX_REGRADE_REASON = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CatalogService catalog;

    @Inject
    private LearningService learning;

    @Inject
    private QuestionBankCheck banks;

    /** Parsed banks by id: a published bank never changes, so its parse can be kept. */
    private final Map<Long, List<ParsedQuestion>> parsed = new ConcurrentHashMap<>();

    /**
     * Final exams and lesson quizzes by published course version and lesson (0: the final exam). A published version
     * never changes, so every instance can keep what it read: an answer save then costs the attempt's row and the
     * answer's, not the version and its banks' text.
     */
    private final Map<String, FinalExam> quizzes = new ConcurrentHashMap<>();

    /** Starts (or resumes) the course's final exam. */
    @Transactional
    public AttemptView start(Actor actor, String code, Locale locale) {
        return start(actor, code, 0, locale);
    }

    /**
     * Starts (or resumes) the quiz of lesson {@code lessonNo} ({@code 0}: the final exam). Passing a lesson's quiz
     * completes the lesson.
     */
    @Transactional
    public AttemptView start(Actor actor, String code, int lessonNo, Locale locale) {
        Enrolment enrolment = learning.lockedOwnEnrolment(actor, code)
                .orElseThrow(() -> new NotFoundException("assessment.exam.notEnrolled"));
        FinalExam exam = quiz(enrolment.versionId().value(), lessonNo)
                .orElseThrow(() -> new NotFoundException(lessonNo == 0 ? "assessment.exam.none" : "assessment.quiz.none"));
        AttemptRules rules = rules(exam.settings());
        List<Attempt> past = attemptsOf(enrolment.id().value(), lessonNo);
        Instant now = clock.instant();
        for (Attempt open : past) {
            if (open.isOverdue(now)) {
                grade(open, Attempt.Submission.TIMEOUT, locale, rules, exam);
            }
        }
        StartDecision decision = rules.decideStart(past.stream().map(Attempt::asPast).toList(), now);
        if (decision.reason() == StartDecision.Reason.ATTEMPT_OPEN) {
            Attempt open = past.stream().filter(a -> !a.isSubmitted()).findFirst().orElseThrow();
            return view(open, exam, code, locale);
        }
        if (!decision.isAllowed()) {
            throw new InvalidInputException(Problem.of(null, "assessment.start." + decision.reason().name(),
                    decision.allowedFrom() == null ? 0 : Math.max(1, Duration.between(now, decision.allowedFrom()).toMinutes() + 1)));
        }
        long seed = SEEDS.nextLong();
        List<ParsedQuestion> bank = bank(exam);
        List<Integer> order = QuestionDraw.draw(bank, exam.settings().questionCount(), exam.settings().category(), seed);
        Attempt attempt = Attempt.start(enrolment.id().value(), actor.accountId(), enrolment.versionId().value(), lessonNo,
                exam.bankId(), past.size() + 1, order, seed, exam.settings().passMark(), now, rules.deadline(now));
        em.persist(attempt);
        em.flush();
        StructuredLog.event("assessment.attemptStarted", "account", actor.accountId(), "course", code,
                "lesson", lessonNo, "attempt", attempt.id(), "number", attempt.number());
        return view(attempt, exam, code, locale);
    }

    /** An attempt as its member (or a trainer of the course) sees it; an overdue one is submitted first. */
    @Transactional
    public AttemptView attempt(Actor actor, long attemptId, Locale locale) {
        Attempt attempt = locked(attemptId);
        String code = requireReader(actor, attempt);
        FinalExam exam = exam(attempt);
        if (attempt.isOverdue(clock.instant())) {
            grade(attempt, Attempt.Submission.TIMEOUT, locale, rules(exam.settings()), exam);
        }
        return view(attempt, exam, code, locale);
    }

    /**
     * Saves the member's answer to one question.
     *
     * @return when it was saved (the page shows "saved")
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public Instant save(Actor actor, long attemptId, int slot, Response response) {
        AnswerTarget target = lockedTarget(actor, attemptId, slot);
        return store(target, slot, response);
    }

    /**
     * Saves an answer as the attempt page sends it, after checking it fits the question in that place.
     *
     * @return when it was saved
     * @throws InvalidInputException when the slot or the answer does not fit, or the attempt is closed
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public Instant save(Actor actor, long attemptId, int slot, AnswerInput input) {
        AnswerTarget target = lockedTarget(actor, attemptId, slot);
        return store(target, slot, input.toResponse(bank(target.quiz()).get(target.order().get(slot - 1))));
    }

    /**
     * The one row an answer needs, locked: the attempt's owner, quiz, drawn order and times. Saving an answer is
     * what a phone does most during an exam, so it reads and writes two rows and nothing more, under the same rule
     * as the aggregate ({@link Attempt#requireOpen}); grading goes through the whole attempt.
     */
    private record AnswerTarget(long attemptId, FinalExam quiz, List<Integer> order, Instant startedAt,
                                Instant deadlineAt, Instant submittedAt) {
    }

    private AnswerTarget lockedTarget(Actor actor, long attemptId, int slot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, course_version_id, lesson_no, question_order, "
                + "started_at, deadline_at, submitted_at FROM asm_attempt WHERE id = ? FOR UPDATE")
                .setParameter(1, attemptId).getResultList();
        if (rows.isEmpty() || ((Number) rows.getFirst()[0]).longValue() != actor.accountId()) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
        Object[] row = rows.getFirst();
        List<Integer> order = java.util.Arrays.stream(((String) row[3]).split(",")).map(Integer::valueOf).toList();
        if (slot < 1 || slot > order.size()) {
            throw new InvalidInputException(Problem.of(null, "assessment.answer.invalid"));
        }
        FinalExam quiz = quiz(((Number) row[1]).longValue(), ((Number) row[2]).intValue()).orElseThrow();
        return new AnswerTarget(attemptId, quiz, order, SqlValues.instant(row[4]), SqlValues.instant(row[5]),
                SqlValues.instant(row[6]));
    }

    private Instant store(AnswerTarget target, int slot, Response response) {
        Instant now = clock.instant();
        AttemptRules rules = rules(target.quiz().settings());
        try {
            Attempt.requireOpen(target.attemptId(), target.startedAt(), target.submittedAt(), now, rules);
        } catch (Attempt.ClosedException e) {
            if (target.submittedAt() == null && now.isAfter(target.deadlineAt())) {
                grade(locked(target.attemptId()), Attempt.Submission.TIMEOUT, Locale.ROOT, rules, target.quiz());
            }
            throw new InvalidInputException(Problem.of(null, "assessment.attempt.closed"));
        }
        em.createNativeQuery("INSERT INTO asm_answer (attempt_id, slot, response, saved_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE response = VALUES(response), saved_at = VALUES(saved_at)")
                .setParameter(1, target.attemptId()).setParameter(2, slot).setParameter(3, response.toStorage())
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
        return now;
    }

    /** What a hand-in tells the page: the grade (the page then shows the attempt). */
    public record Grade(long attemptId, java.math.BigDecimal percent, boolean passed) {
    }

    /** The member hands in, as {@link #submit} does, without drawing the attempt for a page. */
    @Transactional
    public Grade handIn(Actor actor, long attemptId, Locale locale) {
        Attempt attempt = gradedByMember(actor, attemptId, locale);
        return new Grade(attempt.id(), attempt.percent(), attempt.isPassed());
    }

    /** The member hands in: graded at once; a second submit (double tap, stale tab) returns the same grade. */
    @Transactional
    public AttemptView submit(Actor actor, long attemptId, Locale locale) {
        Attempt attempt = gradedByMember(actor, attemptId, locale);
        return view(attempt, exam(attempt),
                catalog.courseCodeOfVersion(new CourseVersionId(attempt.courseVersionId())).orElseThrow(), locale);
    }

    private Attempt gradedByMember(Actor actor, long attemptId, Locale locale) {
        Attempt attempt = locked(attemptId);
        requireOwner(actor, attempt);
        FinalExam exam = exam(attempt);
        Instant now = clock.instant();
        grade(attempt, attempt.isOverdue(now) ? Attempt.Submission.TIMEOUT : Attempt.Submission.MEMBER, locale,
                rules(exam.settings()), exam);
        return attempt;
    }

    /** Submits every attempt whose time is up (run by a timer; safe on several instances at once). */
    @Transactional
    public int submitOverdue() {
        List<Long> overdue = em.createQuery("SELECT a.id FROM Attempt a WHERE a.submittedAt IS NULL AND a.deadlineAt < :now",
                Long.class).setParameter("now", clock.instant()).setMaxResults(200).getResultList();
        int submitted = 0;
        for (Long id : overdue) {
            Attempt attempt = locked(id);
            FinalExam exam = exam(attempt);
            if (attempt.isOverdue(clock.instant())
                    && grade(attempt, Attempt.Submission.TIMEOUT, Locale.ROOT, rules(exam.settings()), exam)) {
                submitted++;
            }
        }
        return submitted;
    }

    /**
     * A submitted attempt for review: its member sees the answers as the exam's review policy allows; trainers of the
     * course and admins see everything, with the corrections made so far.
     */
    @Transactional
    public AttemptReview review(Actor actor, long attemptId, Locale locale) {
        Attempt attempt = locked(attemptId);
        String code = requireReader(actor, attempt);
        FinalExam exam = exam(attempt);
        if (attempt.isOverdue(clock.instant())) {
            grade(attempt, Attempt.Submission.TIMEOUT, locale, rules(exam.settings()), exam);
        }
        List<Attempt> all = attemptsOf(attempt.enrolmentId(), attempt.lessonNo());
        boolean staff = attempt.accountId() != actor.accountId();
        List<QuestionReview> questions = new ArrayList<>();
        if (attempt.isSubmitted() && (staff || answersShown(exam.settings(), all))) {
            List<ParsedQuestion> bank = bank(exam);
            List<Integer> order = attempt.questionOrder();
            for (int slot = 1; slot <= order.size(); slot++) {
                ParsedQuestion q = bank.get(order.get(slot - 1));
                Optional<Response> given = attempt.response(slot);
                List<String> feedback = given.map(r -> QuestionScoring.score(q, r, locale).feedback()).orElse(List.of());
                questions.add(new QuestionReview(slot, q.type(), q.text(),
                        given.map(r -> AnswerTexts.given(q, r, locale)).orElse(List.of()), AnswerTexts.right(q, locale),
                        attempt.fraction(slot).orElse(null), feedback, given.isPresent()));
            }
        }
        List<AttemptSummary> summaries = all.stream().sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .map(a -> new AttemptSummary(a.id(), a.number(), a.startedAt(), a.submittedAt(), a.percent(), a.isPassed()))
                .toList();
        return new AttemptReview(view(attempt, exam, code, locale), displayName(attempt.accountId()), attempt.enrolmentId(),
                exam.settings().reviewPolicy().name(), List.copyOf(questions), regradesOf(attempt.id()), summaries);
    }

    /** The review of the newest submitted attempt of an enrolment (the trainer's grid links here). */
    @Transactional
    public AttemptReview reviewOfEnrolment(Actor actor, long enrolmentId, Locale locale) {
        Long newest = em.createQuery("SELECT a.id FROM Attempt a WHERE a.enrolmentId = :e AND a.lessonNo = 0 "
                        + "AND a.submittedAt IS NOT NULL ORDER BY a.number DESC", Long.class).setParameter("e", enrolmentId).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("assessment.attempt.notFound"));
        return review(actor, newest, locale);
    }

    /**
     * A trainer of the course corrects the mark of one answered question of a submitted attempt, with a reason. The
     * attempt's score and pass, and the learner's exam result and course completion, follow; what they were before,
     * who and when are kept.
     *
     * @param percentOfQuestion the question's new mark, 0 to 100
     */
    @Transactional
    public Regrade regrade(Actor actor, long attemptId, int slot, Integer percentOfQuestion, String reason) {
        Attempt attempt = locked(attemptId);
        requireTeacher(actor, attempt);
        FinalExam exam = exam(attempt);
        List<Problem> problems = new ArrayList<>();
        if (!attempt.isSubmitted()) {
            throw new InvalidInputException(Problem.of(null, "assessment.regrade.open"));
        }
        if (slot < 1 || slot > attempt.questionCount() || attempt.response(slot).isEmpty()) {
            throw new InvalidInputException(Problem.of(null, "assessment.regrade.unanswered"));
        }
        if (percentOfQuestion == null || percentOfQuestion < 0 || percentOfQuestion > 100) {
            problems.add(Problem.of("percent", "assessment.regrade.range"));
        } else if (attempt.fraction(slot).orElse(java.math.BigDecimal.ZERO)
                .compareTo(java.math.BigDecimal.valueOf(percentOfQuestion, 2)) == 0) {
            problems.add(Problem.of("percent", "assessment.regrade.same"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.of("reason", "assessment.regrade.reason"));
        } else if (reason.strip().length() > MAX_REGRADE_REASON) {
            problems.add(Problem.of("reason", "assessment.regrade.reasonTooLong", MAX_REGRADE_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Regrade regrade = attempt.regrade(slot, java.math.BigDecimal.valueOf(percentOfQuestion, 2), reason, actor.accountId(),
                clock.instant(), rules(exam.settings()));
        em.persist(regrade);
        if (!attempt.isFinalExam()) {
            if (regrade.newPassed()) {
                learning.lessonQuizPassed(attempt.enrolmentId(), attempt.lessonNo(), clock.instant());
            }
            StructuredLog.event("assessment.regraded", "by", actor.accountId(), "attempt", attempt.id(), "slot", slot,
                    "percent", regrade.newPercent(), "passed", regrade.newPassed());
            return regrade;
        }
        List<Attempt> all = attemptsOf(attempt.enrolmentId(), 0);
        java.math.BigDecimal best = all.stream().filter(Attempt::isSubmitted).map(Attempt::percent)
                .max(java.math.BigDecimal::compareTo).orElse(null);
        Instant firstPass = all.stream().filter(a -> a.isSubmitted() && a.isPassed()).map(Attempt::submittedAt)
                .min(Instant::compareTo).orElse(null);
        learning.correctExam(attempt.enrolmentId(), best, firstPass);
        StructuredLog.event("assessment.regraded", "by", actor.accountId(), "attempt", attempt.id(), "slot", slot,
                "from", regrade.oldFraction(), "to", regrade.newFraction(), "percent", regrade.newPercent(),
                "passed", regrade.newPassed());
        return regrade;
    }

    /** The actor's own attempts at a course's final exam, newest first. */
    public List<AttemptSummary> attempts(Actor actor, String code) {
        return attempts(actor, code, 0);
    }

    /** The actor's own attempts at the quiz of lesson {@code lessonNo} (0: the final exam), newest first. */
    public List<AttemptSummary> attempts(Actor actor, String code, int lessonNo) {
        return learning.enrolment(actor, code).map(e -> attemptsOf(e.id().value(), lessonNo).stream()
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .map(a -> new AttemptSummary(a.id(), a.number(), a.startedAt(), a.submittedAt(), a.percent(), a.isPassed()))
                .toList()).orElse(List.of());
    }

    private boolean grade(Attempt attempt, Attempt.Submission how, Locale locale, AttemptRules rules, FinalExam exam) {
        List<ParsedQuestion> bank = bank(exam);
        List<ParsedQuestion> drawn = attempt.questionOrder().stream().map(bank::get).toList();
        boolean graded = attempt.grade(drawn, locale, how, clock.instant(), rules);
        if (graded && !attempt.isFinalExam()) {
            if (attempt.isPassed()) {
                learning.lessonQuizPassed(attempt.enrolmentId(), attempt.lessonNo(), attempt.submittedAt());
            }
            StructuredLog.event("assessment.quizGraded", "account", attempt.accountId(), "attempt", attempt.id(),
                    "lesson", attempt.lessonNo(), "percent", attempt.percent(), "passed", attempt.isPassed());
        } else if (graded) {
            learning.recordExam(attempt.enrolmentId(), attempt.percent(), attempt.isPassed(), attempt.submittedAt());
            StructuredLog.event("assessment.attemptGraded", "account", attempt.accountId(), "attempt", attempt.id(),
                    "percent", attempt.percent(), "passed", attempt.isPassed(), "how", how);
        }
        return graded;
    }

    private AttemptView view(Attempt attempt, FinalExam exam, String code, Locale locale) {
        List<ParsedQuestion> bank = bank(exam);
        List<QuestionView> questions = new ArrayList<>();
        List<Integer> order = attempt.questionOrder();
        for (int slot = 1; slot <= order.size(); slot++) {
            ParsedQuestion q = bank.get(order.get(slot - 1));
            long seed = attempt.shuffleSeed() + slot;
            List<ChoiceView> choices = new ArrayList<>();
            for (int i : QuestionDraw.shuffledChoiceOrder(q.choices().size(), seed)) {
                choices.add(new ChoiceView(i, q.choices().get(i).text()));
            }
            List<ChoiceView> lefts = new ArrayList<>();
            for (int i = 0; i < q.pairs().size(); i++) {
                if (!q.pairs().get(i).left().isEmpty()) {
                    lefts.add(new ChoiceView(i, q.pairs().get(i).left()));
                }
            }
            List<String> rights = new ArrayList<>();
            for (int i : QuestionDraw.shuffledChoiceOrder(q.pairs().size(), seed * 31)) {
                if (!rights.contains(q.pairs().get(i).right())) {
                    rights.add(q.pairs().get(i).right());
                }
            }
            final int s = slot;
            questions.add(new QuestionView(slot, q.type(), q.text(), q.type().name().equals("SHORT_ANSWER") ? List.of() : choices,
                    lefts, rights, attempt.response(s).map(Response::toStorage).orElse(null),
                    attempt.fraction(s).orElse(null)));
        }
        String title = locale != null && "en".equals(locale.getLanguage()) ? exam.settings().title().en() : exam.settings().title().id();
        return new AttemptView(attempt.id(), code, attempt.lessonNo(), title, attempt.number(), attempt.startedAt(), attempt.deadlineAt(),
                attempt.submittedAt(), attempt.percent(), attempt.isPassed(), attempt.passMark(), List.copyOf(questions));
    }

    private List<ParsedQuestion> bank(FinalExam exam) {
        return parsed.computeIfAbsent(exam.bankId(), id -> banks.parse(
                exam.format() == QuestionBankSource.Format.AIKEN ? QuestionBankCheck.Format.AIKEN : QuestionBankCheck.Format.GIFT,
                exam.bankSource()).questions());
    }

    private FinalExam exam(Attempt attempt) {
        return quiz(attempt.courseVersionId(), attempt.lessonNo()).orElseThrow();
    }

    private Optional<FinalExam> quiz(long versionId, int lessonNo) {
        String key = versionId + ":" + lessonNo;
        FinalExam known = quizzes.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FinalExam> read = lessonNo == 0 ? catalog.finalExam(new CourseVersionId(versionId))
                : catalog.lessonQuiz(new CourseVersionId(versionId), lessonNo);
        read.ifPresent(exam -> quizzes.put(key, exam));
        return read;
    }

    private static AttemptRules rules(ExamSettings settings) {
        return new AttemptRules(new QuizRules(settings.maxAttempts(), Duration.ofMinutes(settings.waitMinutes()),
                Duration.ofMinutes(settings.timeLimitMinutes()), settings.passMark()));
    }

    private Attempt locked(long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
        return attempt;
    }

    private List<Attempt> attemptsOf(long enrolmentId, int lessonNo) {
        return em.createQuery("SELECT a FROM Attempt a WHERE a.enrolmentId = :e AND a.lessonNo = :l ORDER BY a.number",
                Attempt.class).setParameter("e", enrolmentId).setParameter("l", lessonNo).getResultList();
    }

    /** Whether a member may see the right answers and feedback of their submitted attempts now. */
    private static boolean answersShown(ExamSettings settings, List<Attempt> all) {
        boolean passed = all.stream().anyMatch(a -> a.isSubmitted() && a.isPassed());
        boolean noneLeft = all.stream().filter(Attempt::isSubmitted).count() >= settings.maxAttempts();
        return settings.reviewPolicy().allowsReview(passed, noneLeft);
    }

    private List<RegradeView> regradesOf(long attemptId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.slot, r.old_fraction, r.new_fraction, r.old_percent, r.new_percent, "
                + "r.old_passed, r.new_passed, r.reason, x.display_name, r.regraded_at FROM asm_regrade r "
                + "JOIN idn_account x ON x.id = r.regraded_by WHERE r.attempt_id = ? ORDER BY r.regraded_at, r.id")
                .setParameter(1, attemptId).getResultList();
        return rows.stream().map(r -> new RegradeView(((Number) r[0]).intValue(),
                SqlValues.decimal(r[1]).movePointRight(2).stripTrailingZeros(), SqlValues.decimal(r[2]).movePointRight(2).stripTrailingZeros(),
                SqlValues.decimal(r[3]), SqlValues.decimal(r[4]), SqlValues.bool(r[5]), SqlValues.bool(r[6]),
                (String) r[7], (String) r[8], SqlValues.instant(r[9]))).toList();
    }

    private String displayName(long accountId) {
        return (String) em.createNativeQuery("SELECT display_name FROM idn_account WHERE id = ?").setParameter(1, accountId)
                .getSingleResult();
    }

    /** Trainers of the course and admins correct grades; a member meets a missing attempt, like for any other. */
    private void requireTeacher(Actor actor, Attempt attempt) {
        String code = catalog.courseCodeOfVersion(new CourseVersionId(attempt.courseVersionId())).orElseThrow();
        if (actor.has(Role.SYSADMIN) || catalog.teaches(actor, code)) {
            return;
        }
        if (actor.has(Role.MEMBER)) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
        throw new AccessDeniedException("account " + actor.accountId() + " may not regrade attempt " + attempt.id());
    }

    /** Another member's attempt looks exactly like one that does not exist. */
    private static void requireOwner(Actor actor, Attempt attempt) {
        if (attempt.accountId() != actor.accountId()) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
    }

    private String requireReader(Actor actor, Attempt attempt) {
        String code = catalog.courseCodeOfVersion(new CourseVersionId(attempt.courseVersionId())).orElseThrow();
        if (attempt.accountId() == actor.accountId() || actor.has(Role.SYSADMIN) || catalog.teaches(actor, code)) {
            return code;
        }
        if (actor.has(Role.MEMBER)) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
        throw new AccessDeniedException("account " + actor.accountId() + " may not read attempt " + attempt.id());
    }
}
