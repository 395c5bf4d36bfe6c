package id.akademikoperasi.learning.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One course of a member as the home page and the history show it. */
public record CourseProgress(String code, String title, int lessonsDone, int lessonsTotal, boolean examRequired,
                             Instant examPassedAt, BigDecimal examBestPercent, Instant completedAt,
                             Integer lastLessonNo, Instant enrolledAt, Instant lastVisitAt) implements Serializable {

    public int percentDone() {
        return lessonsDone * 100 / lessonsTotal;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** The lesson to continue with: the last one opened (the reader moves on from there), else the first. */
    public int continueAt() {
        return lastLessonNo == null ? 1 : lastLessonNo;
    }

    /** Every lesson is done and only the final exam is left. */
    public boolean onlyExamLeft() {
        return !isCompleted() && lessonsDone == lessonsTotal && examRequired && examPassedAt == null;
    }
}
