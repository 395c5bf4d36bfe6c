package id.akademikoperasi.learning.application;

import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A member's own learning history: every course they are enrolled in, in the version they took, with each of its
 * lessons. Read only, and only ever the actor's own rows (there is no account parameter to get wrong).
 *
 * <pre>{@code
 * List<CourseEntry> courses = history.of(member, locale);   // two queries, however many courses and lessons
 * courses.getFirst().lessons().getFirst().status();         // NOT_STARTED for a lesson never opened
 * }</pre>
 */
@ApplicationScoped
public class LearningHistory {

    /** One lesson of the pinned version; a lesson never opened has no visits and no time. */
    public record LessonEntry(int no, String title, LessonStatus status, Instant firstVisitAt, Instant lastVisitAt,
                              int secondsSpent, Instant completedAt) implements Serializable {
        public int minutesSpent() {
            return secondsSpent / 60;
        }
    }

    /** One enrolment, as the member's history page shows it. */
    public record CourseEntry(long enrolmentId, String code, String title, int versionNumber, Instant enrolledAt,
                              Instant lastVisitAt, int lessonsDone, int lessonsTotal, boolean examRequired,
                              BigDecimal examBestPercent, Instant examPassedAt, Instant completedAt,
                              List<LessonEntry> lessons) implements Serializable {

        /** Completed; in progress once a lesson was opened (or corrected by a trainer); else not started. */
        public LessonStatus status() {
            if (completedAt != null) {
                return LessonStatus.COMPLETED;
            }
            return lastVisitAt != null || lessonsDone > 0 ? LessonStatus.IN_PROGRESS : LessonStatus.NOT_STARTED;
        }

        public int percentDone() {
            return lessonsTotal == 0 ? 0 : lessonsDone * 100 / lessonsTotal;
        }

        public int secondsSpent() {
            return lessons.stream().mapToInt(LessonEntry::secondsSpent).sum();
        }

        public int minutesSpent() {
            return secondsSpent() / 60;
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** The actor's courses, most recently studied first, each with all the lessons of the version they took. */
    public List<CourseEntry> of(Actor actor, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Map<Long, List<LessonEntry>> lessons = lessons(actor.accountId(), english);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, c.code, %s, v.number, e.enrolled_at, e.last_visit_at, e.lessons_done, e.lessons_total,
                               e.exam_required, e.exam_best_percent, e.exam_passed_at, e.completed_at
                        FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id
                                             JOIN cat_course_version v ON v.id = e.version_id
                        WHERE e.account_id = ?1
                        ORDER BY COALESCE(e.last_visit_at, e.enrolled_at) DESC, e.id DESC""".formatted(english ? "COALESCE(NULLIF(v.title_en, ''), v.title_id)" : "v.title_id"))
                .setParameter(1, actor.accountId()).getResultList();
        List<CourseEntry> courses = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long enrolment = ((Number) r[0]).longValue();
            courses.add(new CourseEntry(enrolment, (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    SqlValues.instant(r[4]), SqlValues.instant(r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                    SqlValues.bool(r[8]), SqlValues.decimal(r[9]), SqlValues.instant(r[10]), SqlValues.instant(r[11]),
                    List.copyOf(lessons.getOrDefault(enrolment, List.of()))));
        }
        return courses;
    }

    /**
     * Every lesson of every version the account took, in reading order, with its progress row when there is one.
     * A lesson's number is its place in the version (modules by position, then lessons by position), as the
     * reader and {@code lrn_lesson_progress} count them.
     */
    private Map<Long, List<LessonEntry>> lessons(long accountId, boolean english) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.id, l.lesson_no, %s, p.status, p.first_visit_at, p.last_visit_at, p.seconds_spent, p.completed_at
                        FROM lrn_enrolment e
                        JOIN (SELECT md.version_id, ls.title_id, ls.title_en,
                                     ROW_NUMBER() OVER (PARTITION BY md.version_id
                                                        ORDER BY md.position, md.id, ls.position, ls.id) AS lesson_no
                              FROM cat_module md JOIN cat_lesson ls ON ls.module_id = md.id
                              WHERE md.version_id IN (SELECT version_id FROM lrn_enrolment WHERE account_id = ?1)) l
                             ON l.version_id = e.version_id
                        LEFT JOIN lrn_lesson_progress p ON p.enrolment_id = e.id AND p.lesson_no = l.lesson_no
                        WHERE e.account_id = ?1
                        ORDER BY e.id, l.lesson_no""".formatted(english ? "COALESCE(NULLIF(l.title_en, ''), l.title_id)" : "l.title_id"))
                .setParameter(1, accountId).getResultList();
        Map<Long, List<LessonEntry>> byEnrolment = new HashMap<>();
        for (Object[] r : rows) {
            String status = (String) r[3];
            byEnrolment.computeIfAbsent(((Number) r[0]).longValue(), x -> new ArrayList<>()).add(new LessonEntry(
                    ((Number) r[1]).intValue(), (String) r[2], status == null ? LessonStatus.NOT_STARTED : LessonStatus.valueOf(status),
                    SqlValues.instant(r[4]), SqlValues.instant(r[5]), r[6] == null ? 0 : ((Number) r[6]).intValue(),
                    SqlValues.instant(r[7])));
        }
        return byEnrolment;
    }
}
