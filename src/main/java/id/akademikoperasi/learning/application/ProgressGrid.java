package id.akademikoperasi.learning.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.learning.domain.ProgressOverride;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The trainer's view of a course: learners × lessons with completion and exam scores, filtered by region (a
 * kecamatan or kelurahan code), a page at a time or all rows for an export; and the trainer's corrections.
 *
 * <pre>{@code
 * GridPage page = grid.page(trainer, "KOP-01", "64.74.01", 0, 50);   // Bontang Utara, first 50 learners
 * grid.override(trainer, enrolmentId, 3, LessonStatus.COMPLETED, "hadir di kelas tatap muka");
 * }</pre>
 */
@ApplicationScoped
public class ProgressGrid {

    /** One learner's row. {@code lessons} holds one status per lesson of the version they took. */
    public record Row(long enrolmentId, String name, String koperasi, String kelurahan, List<LessonStatus> lessons,
                      int lessonsDone, int lessonsTotal, BigDecimal examBestPercent, Instant completedAt,
                      int minutesSpent) implements Serializable {
        public boolean isCompleted() {
            return completedAt != null;
        }

        /** The status of lesson {@code no} (1-based); NOT_STARTED beyond the learner's version. */
        public LessonStatus lesson(int no) {
            return no >= 1 && no <= lessons.size() ? lessons.get(no - 1) : LessonStatus.NOT_STARTED;
        }
    }

    public record GridPage(List<Row> rows, long total, int lessonColumns) implements Serializable {
    }

    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<ProgressChanged> progressChanged;

    public GridPage page(Actor actor, String code, String regionPrefix, int first, int size) {
        long courseId = requireTeaches(actor, code);
        String region = region(regionPrefix);
        long total = ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM lrn_enrolment e
                        JOIN org_membership m ON m.account_id = e.account_id JOIN org_koperasi k ON k.id = m.koperasi_id
                        WHERE e.course_id = ?1 AND k.region_code LIKE ?2""")
                .setParameter(1, courseId).setParameter(2, region + "%").getSingleResult()).longValue();
        List<Row> rows = rows(courseId, region, first, size);
        int columns = rows.stream().mapToInt(Row::lessonsTotal).max().orElse(0);
        return new GridPage(rows, total, columns);
    }

    /** Every row of the filter, in pages of 500 (an export of a whole city never holds it all in memory at once). */
    public void forEachRow(Actor actor, String code, String regionPrefix, Consumer<Row> sink) {
        long courseId = requireTeaches(actor, code);
        String region = region(regionPrefix);
        for (int first = 0; ; first += 500) {
            List<Row> rows = rows(courseId, region, first, 500);
            rows.forEach(sink);
            if (rows.size() < 500) {
                return;
            }
        }
    }

    /**
     * A trainer corrects a lesson's status ({@code lessonNo}) or the course's ({@code null}) with a reason; the
     * replaced value, who and when are kept. Nothing is written when the input is wrong.
     */
    @Transactional
    public ProgressOverride override(Actor actor, long enrolmentId, Integer lessonNo, LessonStatus status, String reason) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw new NotFoundException("learning.enrolment.notFound");
        }
        String code = catalog.courseCode(enrolment.courseId()).orElseThrow();
        requireTeaches(actor, code);
        List<Problem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.of("reason", "learning.override.reason.required"));
        } else if (reason.strip().length() > ProgressOverride.MAX_REASON) {
            problems.add(Problem.of("reason", "learning.override.reason.tooLong", ProgressOverride.MAX_REASON));
        }
        if (status == null || status == LessonStatus.NOT_STARTED) {
            problems.add(Problem.of("status", "learning.override.status.required"));
        }
        if (lessonNo != null && (lessonNo < 1 || lessonNo > enrolment.lessonsTotal())) {
            problems.add(Problem.of("lesson", "learning.lesson.notFound"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
        ProgressOverride override = enrolment.override(lessonNo, status, reason, actor.accountId(), clock.instant());
        ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
        em.persist(override);
        StructuredLog.event("learning.overridden", "actor", actor.accountId(), "enrolment", enrolmentId,
                "lesson", lessonNo == null ? "course" : lessonNo, "from", override.previousStatus(), "to", status);
        return override;
    }

    /** A kecamatan or kelurahan where learners of the course live, for the filter. */
    public record RegionOption(String code, String name, boolean kelurahan) implements Serializable {
    }

    /** The kecamatan and their kelurahan that have learners in the course, by name. */
    public List<RegionOption> regions(Actor actor, String code) {
        long courseId = requireTeaches(actor, code);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT DISTINCT p.code, p.name, r.code, r.name
                        FROM lrn_enrolment e
                        JOIN org_membership m ON m.account_id = e.account_id JOIN org_koperasi k ON k.id = m.koperasi_id
                        JOIN org_region r ON r.code = k.region_code JOIN org_region p ON p.code = r.parent_code
                        WHERE e.course_id = ?1 ORDER BY p.name, r.name""").setParameter(1, courseId).getResultList();
        List<RegionOption> options = new ArrayList<>();
        String lastParent = null;
        for (Object[] r : found) {
            if (!r[0].equals(lastParent)) {
                options.add(new RegionOption((String) r[0], (String) r[1], false));
                lastParent = (String) r[0];
            }
            options.add(new RegionOption((String) r[2], (String) r[3], true));
        }
        return options;
    }

    /** One correction as the trainer's page lists it. */
    public record OverrideLine(Instant at, Integer lessonNo, LessonStatus previousStatus, LessonStatus newStatus,
                               String reason, String byName) implements Serializable {
    }

    /** The corrections of one enrolment, newest first, with who made them. */
    public List<OverrideLine> overrides(Actor actor, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException("learning.enrolment.notFound");
        }
        requireTeaches(actor, catalog.courseCode(enrolment.courseId()).orElseThrow());
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT o.at, o.lesson_no, o.previous_status, o.new_status, o.reason, a.display_name
                        FROM lrn_progress_override o JOIN idn_account a ON a.id = o.by_account_id
                        WHERE o.enrolment_id = ?1 ORDER BY o.at DESC, o.id DESC""").setParameter(1, enrolmentId).getResultList();
        return found.stream().map(r -> new OverrideLine(SqlValues.instant(r[0]), r[1] == null ? null : ((Number) r[1]).intValue(),
                LessonStatus.valueOf((String) r[2]), LessonStatus.valueOf((String) r[3]), (String) r[4], (String) r[5])).toList();
    }

    private List<Row> rows(long courseId, String region, int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT e.id, a.display_name, k.name, r.name, e.lessons_done, e.lessons_total,
                               e.exam_best_percent, e.completed_at
                        FROM lrn_enrolment e
                        JOIN idn_account a ON a.id = e.account_id
                        JOIN org_membership m ON m.account_id = e.account_id
                        JOIN org_koperasi k ON k.id = m.koperasi_id
                        JOIN org_region r ON r.code = k.region_code
                        WHERE e.course_id = ?1 AND k.region_code LIKE ?2
                        ORDER BY r.name, a.display_name, e.id
                        LIMIT ?3 OFFSET ?4""")
                .setParameter(1, courseId).setParameter(2, region + "%").setParameter(3, size).setParameter(4, first)
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<Integer, LessonStatus>> statuses = new HashMap<>();
        Map<Long, Integer> seconds = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> progress = em.createNativeQuery("SELECT enrolment_id, lesson_no, status, seconds_spent "
                        + "FROM lrn_lesson_progress WHERE enrolment_id IN ("
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .getResultList();
        for (Object[] p : progress) {
            long enrolment = ((Number) p[0]).longValue();
            statuses.computeIfAbsent(enrolment, x -> new HashMap<>())
                    .put(((Number) p[1]).intValue(), LessonStatus.valueOf((String) p[2]));
            seconds.merge(enrolment, ((Number) p[3]).intValue(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            long enrolment = ((Number) r[0]).longValue();
            int total = ((Number) r[5]).intValue();
            List<LessonStatus> lessons = new ArrayList<>();
            Map<Integer, LessonStatus> known = statuses.getOrDefault(enrolment, Map.of());
            for (int no = 1; no <= total; no++) {
                lessons.add(known.getOrDefault(no, LessonStatus.NOT_STARTED));
            }
            rows.add(new Row(enrolment, (String) r[1], (String) r[2], (String) r[3], List.copyOf(lessons),
                    ((Number) r[4]).intValue(), total, SqlValues.decimal(r[6]),
                    SqlValues.instant(r[7]), seconds.getOrDefault(enrolment, 0) / 60));
        }
        return rows;
    }

    private long requireTeaches(Actor actor, String code) {
        if (!catalog.teaches(actor, code)) {
            throw new AccessDeniedException("account " + actor.accountId() + " does not teach " + code);
        }
        return catalog.courseId(code).orElseThrow().value();
    }

    /** A region code prefix such as 64.74.01; anything else means the whole installation. */
    private static String region(String prefix) {
        return prefix != null && REGION_PREFIX.matcher(prefix).matches() ? prefix : "";
    }

}
