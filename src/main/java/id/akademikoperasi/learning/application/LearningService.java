package id.akademikoperasi.learning.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogService.PublishedCourse;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
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

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Enrolment and progress. Every method takes the {@link Actor} and checks it: members act on their own enrolments
 * only; trainers and koperasi secretariats enrol a whole koperasi, or a chosen list of its members.
 *
 * <pre>{@code
 * learning.enrol(member, "KOP-01");
 * learning.visit(member, "KOP-01", 1);      // the lesson reader calls this: first/last visit, "continue" position
 * learning.markDone(member, "KOP-01", 1);   // lesson completed; the course completes when all are (and the exam)
 * }</pre>
 */
@ApplicationScoped
public class LearningService {

    /** The most members one chosen list may hold; a whole koperasi is enrolled with {@link #enrolKoperasi}. */
    public static final int MAX_CHOSEN = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CatalogService catalog;

    @Inject
    private RegionDirectory regions;

    @Inject
    private jakarta.enterprise.event.Event<ProgressChanged> progressChanged;

    /** A member enrols in a published course; enrolling twice keeps the first enrolment. */
    @Transactional
    public Enrolment enrol(Actor actor, String code) {
        actor.require(Role.MEMBER);
        PublishedCourse course = catalog.latestPublished(code)
                .orElseThrow(() -> new NotFoundException("learning.course.notFound"));
        Optional<Enrolment> existing = find(actor.accountId(), course);
        if (existing.isPresent()) {
            return existing.get();
        }
        Enrolment enrolment = Enrolment.start(actor.accountId(), course.courseId(), course.versionId(), course.lessons(),
                course.hasFinalExam(), actor.accountId(), clock.instant());
        em.persist(enrolment);
        progressChanged.fire(ProgressChanged.enrolled(actor.accountId(), course.courseId().value()));
        StructuredLog.event("learning.enrolled", "account", actor.accountId(), "course", code, "by", actor.accountId());
        return enrolment;
    }

    /**
     * A trainer, or the secretariat of the koperasi, enrols every active member of a koperasi at once (in one
     * statement, so a koperasi of thousands takes no longer than one of ten). Members already enrolled keep their
     * enrolment.
     *
     * @return how many members were newly enrolled
     */
    @Transactional
    public int enrolKoperasi(Actor actor, String code, KoperasiId koperasiId) {
        requireMayEnrol(actor, koperasiId);
        PublishedCourse course = catalog.latestPublished(code)
                .orElseThrow(() -> new NotFoundException("learning.course.notFound"));
        int added = insertEnrolments(actor, course, koperasiId, "");
        if (added > 0) {
            progressChanged.fire(ProgressChanged.enrolledMany(koperasiId.value(), course.courseId().value(), added));
        }
        StructuredLog.event("learning.koperasiEnrolled", "actor", actor.accountId(), "course", code,
                "koperasi", koperasiId.value(), "added", added);
        return added;
    }

    /**
     * A trainer, or the secretariat of the koperasi, enrols a chosen list of its members, with the same rights as
     * {@link #enrolKoperasi}. All or nothing: when one of them is not an active member of that koperasi (ended, moved,
     * or never a member), nobody is enrolled and the refusal says how many. Members already enrolled are skipped.
     *
     * <pre>{@code
     * int added = learning.enrolMembers(secretariat, "KOP-07", guntung, List.of(AccountId.of(12), AccountId.of(15)));
     * }</pre>
     *
     * @return how many of them were newly enrolled
     */
    @Transactional
    public int enrolMembers(Actor actor, String code, KoperasiId koperasiId, Collection<AccountId> accounts) {
        requireMayEnrol(actor, koperasiId);
        PublishedCourse course = catalog.latestPublished(code)
                .orElseThrow(() -> new NotFoundException("learning.course.notFound"));
        Set<Long> chosen = accounts == null ? Set.of()
                : accounts.stream().filter(Objects::nonNull).map(AccountId::value).collect(Collectors.toCollection(TreeSet::new));
        if (chosen.isEmpty()) {
            throw new InvalidInputException(Problem.of(null, "learning.enrol.noneChosen"));
        }
        if (chosen.size() > MAX_CHOSEN) {
            throw new InvalidInputException(Problem.of(null, "learning.enrol.tooMany", MAX_CHOSEN));
        }
        // ids are longs, so joining them into the statement is safe; the shared lock keeps the memberships checked
        // here as they are until the enrolments are written
        String ids = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Number> members = em.createNativeQuery("SELECT m.account_id FROM org_membership m WHERE m.koperasi_id = ?1 "
                        + "AND m.status = 'ACTIVE' AND m.account_id IN (" + ids + ") LOCK IN SHARE MODE")
                .setParameter(1, koperasiId.value()).getResultList();
        if (members.size() != chosen.size()) {
            int strangers = chosen.size() - members.size();
            StructuredLog.event("learning.membersEnrolRefused", "actor", actor.accountId(), "course", code,
                    "koperasi", koperasiId.value(), "chosen", chosen.size(), "notMembers", strangers);
            throw new InvalidInputException(Problem.of(null, "learning.enrol.notMembers", strangers));
        }
        int added = insertEnrolments(actor, course, koperasiId, " AND m.account_id IN (" + ids + ")");
        if (added > 0) {
            progressChanged.fire(ProgressChanged.enrolledMany(koperasiId.value(), course.courseId().value(), added));
        }
        StructuredLog.event("learning.membersEnrolled", "actor", actor.accountId(), "course", code,
                "koperasi", koperasiId.value(), "chosen", chosen.size(), "added", added);
        return added;
    }

    /** One page of the active members of a koperasi, by name, each marked when already enrolled in the course. */
    public List<EnrolCandidate> enrolCandidates(Actor actor, String code, KoperasiId koperasiId, String search,
                                                int first, int size) {
        requireMayEnrol(actor, koperasiId);
        long course = catalog.courseId(code).orElseThrow(() -> new NotFoundException("learning.course.notFound")).value();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.display_name, m.joined_at, e.id IS NOT NULL
                        FROM org_membership m JOIN idn_account a ON a.id = m.account_id
                        LEFT JOIN lrn_enrolment e ON e.account_id = m.account_id AND e.course_id = ?2
                        WHERE m.koperasi_id = ?1 AND m.status = 'ACTIVE' AND (?3 = '' OR a.display_name LIKE ?4)
                        ORDER BY a.display_name, a.id LIMIT ?5 OFFSET ?6""")
                .setParameter(1, koperasiId.value()).setParameter(2, course)
                .setParameter(3, normal(search)).setParameter(4, SqlValues.contains(normal(search)))
                .setParameter(5, Math.min(Math.max(size, 1), 100)).setParameter(6, Math.max(first, 0))
                .getResultList();
        return rows.stream().map(r -> new EnrolCandidate(((Number) r[0]).longValue(), (String) r[1],
                SqlValues.instant(r[2]), SqlValues.bool(r[3]))).toList();
    }

    /** How many active members of a koperasi match the search, and how many of them are enrolled in the course. */
    public EnrolCount enrolCount(Actor actor, String code, KoperasiId koperasiId, String search) {
        requireMayEnrol(actor, koperasiId);
        long course = catalog.courseId(code).orElseThrow(() -> new NotFoundException("learning.course.notFound")).value();
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(*), COUNT(e.id)
                        FROM org_membership m JOIN idn_account a ON a.id = m.account_id
                        LEFT JOIN lrn_enrolment e ON e.account_id = m.account_id AND e.course_id = ?2
                        WHERE m.koperasi_id = ?1 AND m.status = 'ACTIVE' AND (?3 = '' OR a.display_name LIKE ?4)""")
                .setParameter(1, koperasiId.value()).setParameter(2, course)
                .setParameter(3, normal(search)).setParameter(4, SqlValues.contains(normal(search))).getSingleResult();
        return new EnrolCount(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /** An active member as the bulk enrolment page lists them. */
    public record EnrolCandidate(long accountId, String name, Instant memberSince, boolean enrolled) implements Serializable {
        /** The account id as text: the page's check boxes are keyed by it. */
        public String key() {
            return String.valueOf(accountId);
        }
    }

    /** Active members (matching a search) and how many of them are already enrolled in the course. */
    public record EnrolCount(long members, long enrolled) implements Serializable {
    }

    /** The actor's own enrolment in a course. */
    public Optional<Enrolment> enrolment(Actor actor, String code) {
        return catalog.courseId(code).flatMap(course -> em.createNamedQuery("Enrolment.ofAccountAndCourse", Enrolment.class)
                .setParameter("account", actor.accountId()).setParameter("course", course.value())
                .getResultStream().findFirst());
    }

    /**
     * The member opened a lesson: recorded when they are enrolled (the reader then shows their pinned version).
     *
     * @return the enrolment, or empty when the actor has not enrolled in the course
     */
    @Transactional
    public Optional<Enrolment> visit(Actor actor, String code, int lessonNo) {
        Optional<Enrolment> enrolment = lockedEnrolment(actor, code);
        enrolment.filter(e -> lessonNo >= 1 && lessonNo <= e.lessonsTotal())
                .ifPresent(e -> e.visit(lessonNo, clock.instant()));
        return enrolment;
    }

    /** The member marks a lesson done. */
    @Transactional
    public Enrolment markDone(Actor actor, String code, int lessonNo) {
        Enrolment enrolment = lockedEnrolment(actor, code)
                .orElseThrow(() -> new NotFoundException("learning.enrolment.notFound"));
        if (lessonNo < 1 || lessonNo > enrolment.lessonsTotal()) {
            throw new NotFoundException("learning.lesson.notFound");
        }
        if (enrolment.statusOf(lessonNo) != LessonStatus.COMPLETED
                && catalog.lessonQuiz(enrolment.versionId(), lessonNo).isPresent()) {
            throw new InvalidInputException(Problem.of(null, "learning.lesson.quizRequired"));
        }
        boolean wasCompleted = enrolment.isCompleted();
        ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
        enrolment.markDone(lessonNo, clock.instant());
        ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
        StructuredLog.event("learning.lessonDone", "account", actor.accountId(), "course", code, "lesson", lessonNo);
        if (!wasCompleted && enrolment.isCompleted()) {
            StructuredLog.event("learning.courseCompleted", "account", actor.accountId(), "course", code);
        }
        return enrolment;
    }

    /** Seconds the member's browser spent on an open lesson (capped per report by the enrolment). */
    @Transactional
    public void spend(Actor actor, String code, int lessonNo, int seconds) {
        lockedEnrolment(actor, code).filter(e -> lessonNo >= 1 && lessonNo <= e.lessonsTotal())
                .ifPresent(e -> e.spend(lessonNo, seconds));
    }

    /** The actor's courses, most recently studied first: for the home page and the member's own history. */
    public List<CourseProgress> myCourses(Actor actor, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.code, %s, e.lessons_done, e.lessons_total, e.exam_required, e.exam_passed_at,
                               e.exam_best_percent, e.completed_at, e.last_lesson_no, e.enrolled_at, e.last_visit_at
                        FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id
                                             JOIN cat_course_version v ON v.id = e.version_id
                        WHERE e.account_id = ?1
                        ORDER BY COALESCE(e.last_visit_at, e.enrolled_at) DESC, e.id DESC""".formatted(english ? "v.title_en" : "v.title_id"))
                .setParameter(1, actor.accountId()).getResultList();
        List<CourseProgress> courses = new ArrayList<>();
        for (Object[] r : rows) {
            courses.add(new CourseProgress((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), SqlValues.bool(r[4]), SqlValues.instant(r[5]),
                    SqlValues.decimal(r[6]), SqlValues.instant(r[7]),
                    r[8] == null ? null : ((Number) r[8]).intValue(), SqlValues.instant(r[9]), SqlValues.instant(r[10])));
        }
        return courses;
    }

    /** Each lesson's status in the actor's enrolment, by lesson number (1-based); empty when not enrolled. */
    public List<LessonStatus> lessonStatuses(Actor actor, String code) {
        return enrolment(actor, code).map(e -> {
            List<LessonStatus> statuses = new ArrayList<>();
            for (int no = 1; no <= e.lessonsTotal(); no++) {
                statuses.add(e.statusOf(no));
            }
            return statuses;
        }).orElse(List.of());
    }

    /** The actor's own enrolment, locked for the rest of the transaction (the exam context starts attempts on it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Enrolment> lockedOwnEnrolment(Actor actor, String code) {
        return lockedEnrolment(actor, code);
    }

    /** A graded final exam, recorded in the same transaction as the grade (called by the exam context). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordExam(long enrolmentId, java.math.BigDecimal percent, boolean passed, Instant at) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        boolean wasCompleted = enrolment.isCompleted();
        ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
        enrolment.recordExam(percent, passed, at);
        ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
        if (!wasCompleted && enrolment.isCompleted()) {
            StructuredLog.event("learning.courseCompleted", "account", enrolment.accountId(), "enrolment", enrolmentId);
        }
    }

    /** The member passed the quiz of a lesson: the lesson is completed (called in the same transaction as the grade). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lessonQuizPassed(long enrolmentId, int lessonNo, Instant at) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        boolean wasCompleted = enrolment.isCompleted();
        ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
        enrolment.markDone(lessonNo, at);
        ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
        if (!wasCompleted && enrolment.isCompleted()) {
            StructuredLog.event("learning.courseCompleted", "account", enrolment.accountId(), "enrolment", enrolmentId);
        }
    }

    /**
     * A trainer corrected a final-exam grade: the exam context gives the result its attempts have now (called in the
     * same transaction as the correction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correctExam(long enrolmentId, java.math.BigDecimal bestPercent, Instant firstPassedAt) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
        boolean changed = enrolment.correctExam(bestPercent, firstPassedAt, clock.instant());
        ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
        if (changed && enrolment.isCompleted()) {
            StructuredLog.event("learning.courseCompleted", "account", enrolment.accountId(), "enrolment", enrolmentId, "why", "regrade");
        } else if (changed) {
            StructuredLog.event("learning.completionWithdrawn", "account", enrolment.accountId(), "enrolment", enrolmentId, "why", "regrade");
        }
    }

    private Optional<Enrolment> lockedEnrolment(Actor actor, String code) {
        return enrolment(actor, code).map(e -> em.find(Enrolment.class, e.id().value(), LockModeType.PESSIMISTIC_WRITE));
    }

    private Optional<Enrolment> find(long accountId, PublishedCourse course) {
        return em.createNamedQuery("Enrolment.ofAccountAndCourse", Enrolment.class)
                .setParameter("account", accountId).setParameter("course", course.courseId().value())
                .getResultStream().findFirst();
    }

    /**
     * A trainer of the region the koperasi lies in (a city's trainers enrol the city's koperasi), or the secretariat
     * (COOP_ADMIN) of that koperasi's kelurahan, may enrol its members.
     */
    private KoperasiView requireMayEnrol(Actor actor, KoperasiId koperasiId) {
        KoperasiView koperasi = regions.koperasi(koperasiId)
                .orElseThrow(() -> new NotFoundException("learning.koperasi.notFound"));
        if (!actor.can(Role.TRAINER, koperasi.kelurahanCode()) && !actor.can(Role.COOP_ADMIN, koperasi.kelurahanCode())) {
            throw new AccessDeniedException("account " + actor.accountId() + " may not enrol koperasi " + koperasiId.value());
        }
        return koperasi;
    }

    /** Enrols the koperasi's active members (narrowed by {@code andWhere}) in one statement; the enrolled are skipped. */
    private int insertEnrolments(Actor actor, PublishedCourse course, KoperasiId koperasiId, String andWhere) {
        return em.createNativeQuery("""
                        INSERT IGNORE INTO lrn_enrolment (account_id, course_id, version_id, enrolled_at, enrolled_by,
                                                          lessons_total, lessons_done, exam_required)
                        SELECT m.account_id, ?1, ?2, ?3, ?4, ?5, 0, ?6
                        FROM org_membership m WHERE m.koperasi_id = ?7 AND m.status = 'ACTIVE'""" + andWhere)
                .setParameter(1, course.courseId().value()).setParameter(2, course.versionId().value())
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, actor.accountId())
                .setParameter(5, course.lessons()).setParameter(6, course.hasFinalExam())
                .setParameter(7, koperasiId.value()).executeUpdate();
    }

    private static String normal(String search) {
        return search == null ? "" : search.strip();
    }
}
