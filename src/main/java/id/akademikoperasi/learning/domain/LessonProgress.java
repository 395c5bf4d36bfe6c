package id.akademikoperasi.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One lesson a member has opened: first and last visit, time spent, and whether it is done. Part of {@link Enrolment}. */
@Entity
@Table(name = "lrn_lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress {

    /** The composite key: the enrolment and the lesson's place in the pinned version. */
    public static class Key implements Serializable {
        long enrolment;
        int lessonNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enrolment == enrolment && k.lessonNo == lessonNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolment, lessonNo);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Id
    @Column(name = "lesson_no")
    private int lessonNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LessonStatus status;

    @Column(name = "first_visit_at", nullable = false)
    private Instant firstVisitAt;

    @Column(name = "last_visit_at", nullable = false)
    private Instant lastVisitAt;

    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(Enrolment enrolment, int lessonNo, Instant at) {
        this.enrolment = enrolment;
        this.lessonNo = lessonNo;
        this.status = LessonStatus.IN_PROGRESS;
        this.firstVisitAt = at;
        this.lastVisitAt = at;
    }

    void visited(Instant at) {
        if (at.isAfter(lastVisitAt)) {
            lastVisitAt = at;
        }
    }

    void spent(int seconds) {
        secondsSpent += seconds;
    }

    /** @return whether this changed the status */
    boolean complete(Instant at) {
        if (status == LessonStatus.COMPLETED) {
            return false;
        }
        status = LessonStatus.COMPLETED;
        completedAt = at;
        return true;
    }

    /** @return whether this changed the status */
    boolean reopen() {
        if (status != LessonStatus.COMPLETED) {
            return false;
        }
        status = LessonStatus.IN_PROGRESS;
        completedAt = null;
        return true;
    }

    public int lessonNo() { return lessonNo; }
    public LessonStatus status() { return status; }
    public Instant firstVisitAt() { return firstVisitAt; }
    public Instant lastVisitAt() { return lastVisitAt; }
    public int secondsSpent() { return secondsSpent; }
    public Instant completedAt() { return completedAt; }
}
