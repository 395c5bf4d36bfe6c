package id.akademikoperasi.learning.domain;

import id.akademikoperasi.catalog.domain.CourseId;
import id.akademikoperasi.catalog.domain.CourseVersionId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A member taking a course: the published version they took (pinned, so republishing changes nothing here), the
 * lessons they opened and finished, the best final-exam score, and when the course was completed. Every change of
 * progress goes through this aggregate, which keeps its counters and the completion right at the moment it happens.
 *
 * <pre>{@code
 * Enrolment e = Enrolment.start(account, course, version, 5, true, account, now);
 * e.markDone(1, now);                 // lesson 1 completed, 1 of 5 done
 * e.recordExam(new BigDecimal("80"), true, now);
 * e.isCompleted();                    // false until all five lessons are done
 * }</pre>
 *
 * <p>A completed course stays completed: only a trainer's {@link #override} can reopen it, and that is recorded.
 */
@Entity
@Table(name = "lrn_enrolment")
@NamedQuery(name = "Enrolment.ofAccountAndCourse",
        query = "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.courseId = :course")
public class Enrolment {

    public static final int MAX_SECONDS_PER_REPORT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false)
    private long enrolledBy;

    @Column(name = "lessons_total", nullable = false)
    private int lessonsTotal;

    @Column(name = "lessons_done", nullable = false)
    private int lessonsDone;

    @Column(name = "exam_required", nullable = false)
    private boolean examRequired;

    @Column(name = "exam_passed_at")
    private Instant examPassedAt;

    @Column(name = "exam_best_percent", precision = 5, scale = 2)
    private BigDecimal examBestPercent;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_lesson_no")
    private Integer lastLessonNo;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "lessonNo")
    private Map<Integer, LessonProgress> lessons = new HashMap<>();

    protected Enrolment() {
    }

    /**
     * @param lessonsTotal the lessons of the pinned version, all required
     * @param examRequired whether the version has a final exam that must be passed
     * @param by           who enrolled the member: themselves, a trainer or their koperasi's secretariat
     */
    public static Enrolment start(long accountId, CourseId course, CourseVersionId pinned, int lessonsTotal,
                                  boolean examRequired, long by, Instant at) {
        if (lessonsTotal < 1) {
            throw new IllegalArgumentException("a course to take has at least one lesson");
        }
        Enrolment e = new Enrolment();
        e.accountId = accountId;
        e.courseId = course.value();
        e.versionId = pinned.value();
        e.lessonsTotal = lessonsTotal;
        e.examRequired = examRequired;
        e.enrolledBy = by;
        e.enrolledAt = at;
        return e;
    }

    /** The member opened a lesson. */
    public void visit(int lessonNo, Instant at) {
        progressOf(lessonNo, at).visited(at);
        lastLessonNo = lessonNo;
        if (lastVisitAt == null || at.isAfter(lastVisitAt)) {
            lastVisitAt = at;
        }
    }

    /**
     * Time the member's browser reports for an open lesson; at most {@link #MAX_SECONDS_PER_REPORT} per report, so a
     * tab left open overnight does not count as study.
     */
    public void spend(int lessonNo, int seconds) {
        LessonProgress progress = lessons.get(checked(lessonNo));
        if (progress != null && seconds > 0) {
            progress.spent(Math.min(seconds, MAX_SECONDS_PER_REPORT));
        }
    }

    /** The member marks a lesson done; nothing changes when it already is. */
    public void markDone(int lessonNo, Instant at) {
        visit(lessonNo, at);
        if (lessons.get(lessonNo).complete(at)) {
            lessonsDone++;
            completeIfDone(at);
        }
    }

    /** A graded final exam: keeps the best score; passing once counts for good. */
    public void recordExam(BigDecimal percent, boolean passed, Instant at) {
        if (examBestPercent == null || percent.compareTo(examBestPercent) > 0) {
            examBestPercent = percent;
        }
        if (passed && examPassedAt == null) {
            examPassedAt = at;
            completeIfDone(at);
        }
    }

    /**
     * A trainer corrected a grade: the exam result becomes what the corrected attempts say now. A course completed on
     * the strength of a pass that no longer exists is no longer completed; one that now has its pass is completed.
     *
     * @param firstPassedAt when the first attempt that passes now was submitted, or {@code null}
     * @return whether the course's completion changed
     */
    public boolean correctExam(BigDecimal bestPercent, Instant firstPassedAt, Instant at) {
        boolean wasCompleted = isCompleted();
        examBestPercent = bestPercent;
        examPassedAt = firstPassedAt;
        if (examRequired && examPassedAt == null) {
            completedAt = null;
        }
        completeIfDone(at);
        return wasCompleted != isCompleted();
    }

    /**
     * A trainer sets the status of one lesson ({@code lessonNo}) or of the whole course ({@code null}) by hand. The
     * value it replaces, who and when are returned for the record.
     */
    public ProgressOverride override(Integer lessonNo, LessonStatus newStatus, String reason, long by, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > ProgressOverride.MAX_REASON) {
            throw new IllegalArgumentException("an override needs a reason of at most " + ProgressOverride.MAX_REASON);
        }
        if (newStatus == LessonStatus.NOT_STARTED) {
            throw new IllegalArgumentException("a status can be set to in progress or completed");
        }
        LessonStatus previous;
        if (lessonNo == null) {
            previous = isCompleted() ? LessonStatus.COMPLETED : LessonStatus.IN_PROGRESS;
            completedAt = newStatus == LessonStatus.COMPLETED ? (completedAt == null ? at : completedAt) : null;
        } else {
            previous = statusOf(lessonNo);
            LessonProgress progress = progressOf(lessonNo, at);
            if (newStatus == LessonStatus.COMPLETED && progress.complete(at)) {
                lessonsDone++;
                completeIfDone(at);
            } else if (newStatus == LessonStatus.IN_PROGRESS && progress.reopen()) {
                lessonsDone--;
            }
        }
        return new ProgressOverride(id, lessonNo, previous, newStatus, reason.strip(), by, at);
    }

    public LessonStatus statusOf(int lessonNo) {
        LessonProgress progress = lessons.get(checked(lessonNo));
        return progress == null ? LessonStatus.NOT_STARTED : progress.status();
    }

    public Optional<LessonProgress> progress(int lessonNo) {
        return Optional.ofNullable(lessons.get(checked(lessonNo)));
    }

    /** The lesson to continue with: the last one opened, or the first one not yet done after it. */
    public int nextLessonNo() {
        if (lastLessonNo == null) {
            return 1;
        }
        if (statusOf(lastLessonNo) != LessonStatus.COMPLETED) {
            return lastLessonNo;
        }
        for (int no = lastLessonNo + 1; no <= lessonsTotal; no++) {
            if (statusOf(no) != LessonStatus.COMPLETED) {
                return no;
            }
        }
        for (int no = 1; no < lastLessonNo; no++) {
            if (statusOf(no) != LessonStatus.COMPLETED) {
                return no;
            }
        }
        return lastLessonNo;
    }

    private void completeIfDone(Instant at) {
        if (completedAt == null && lessonsDone == lessonsTotal && (!examRequired || examPassedAt != null)) {
            completedAt = at;
        }
    }

    private LessonProgress progressOf(int lessonNo, Instant at) {
        return lessons.computeIfAbsent(checked(lessonNo), no -> new LessonProgress(this, no, at));
    }

    private int checked(int lessonNo) {
        if (lessonNo < 1 || lessonNo > lessonsTotal) {
            throw new IllegalArgumentException("lesson " + lessonNo + " is not in 1.." + lessonsTotal);
        }
        return lessonNo;
    }

    public EnrolmentId id() { return new EnrolmentId(id); }
    public long accountId() { return accountId; }
    public CourseId courseId() { return new CourseId(courseId); }
    public CourseVersionId versionId() { return new CourseVersionId(versionId); }
    public Instant enrolledAt() { return enrolledAt; }
    public int lessonsTotal() { return lessonsTotal; }
    public int lessonsDone() { return lessonsDone; }
    public boolean examRequired() { return examRequired; }
    public Instant examPassedAt() { return examPassedAt; }
    public BigDecimal examBestPercent() { return examBestPercent; }
    public Instant completedAt() { return completedAt; }
    public boolean isCompleted() { return completedAt != null; }
    public Integer lastLessonNo() { return lastLessonNo; }
    public Instant lastVisitAt() { return lastVisitAt; }

    /** Lessons done in percent, rounded down (a bar at 100 % means every lesson is done). */
    public int percentDone() {
        return lessonsDone * 100 / lessonsTotal;
    }
}
