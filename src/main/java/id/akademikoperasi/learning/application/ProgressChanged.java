package id.akademikoperasi.learning.application;

import id.akademikoperasi.learning.domain.Enrolment;

import java.util.Optional;

/**
 * Counters of one course moved for one member ({@code accountId}) or for many members of one koperasi at once
 * ({@code koperasiId}, a whole-koperasi enrolment): how many more enrolments, completed lessons, completed courses
 * and passed final exams there are (negative when a trainer's correction took one back). Fired inside the changing
 * transaction, so what counts them (the office dashboards) changes with it or not at all.
 *
 * <pre>{@code
 * ProgressChanged.Mark before = ProgressChanged.mark(enrolment);
 * enrolment.markDone(3, now);
 * ProgressChanged.between(before, enrolment).ifPresent(progressChanged::fire);
 * }</pre>
 */
public record ProgressChanged(Long accountId, Long koperasiId, long courseId, int enrolled, int lessonsDone,
                              int completed, int examsPassed) {

    public static ProgressChanged enrolled(long accountId, long courseId) {
        return new ProgressChanged(accountId, null, courseId, 1, 0, 0, 0);
    }

    public static ProgressChanged enrolledMany(long koperasiId, long courseId, int added) {
        return new ProgressChanged(null, koperasiId, courseId, added, 0, 0, 0);
    }

    /** The counted state of an enrolment before a change. */
    public record Mark(int lessonsDone, boolean completed, boolean examPassed) {
    }

    public static Mark mark(Enrolment e) {
        return new Mark(e.lessonsDone(), e.isCompleted(), e.examPassedAt() != null);
    }

    /** What changed between the mark and the enrolment as it is now; empty when nothing counted did. */
    public static Optional<ProgressChanged> between(Mark before, Enrolment after) {
        Mark now = mark(after);
        int lessons = now.lessonsDone() - before.lessonsDone();
        int completed = Boolean.compare(now.completed(), before.completed());
        int exams = Boolean.compare(now.examPassed(), before.examPassed());
        if (lessons == 0 && completed == 0 && exams == 0) {
            return Optional.empty();
        }
        return Optional.of(new ProgressChanged(after.accountId(), null, after.courseId().value(), 0, lessons, completed, exams));
    }
}
