package id.akademikoperasi.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A trainer's correction of a status, kept with the value it replaced; never changed once written. */
@Entity
@Table(name = "lrn_progress_override")
public class ProgressOverride {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    /** {@code null}: the course as a whole. */
    @Column(name = "lesson_no", updatable = false)
    private Integer lessonNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 12, updatable = false)
    private LessonStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false, length = 12, updatable = false)
    private LessonStatus newStatus;

    @Column(nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "by_account_id", nullable = false, updatable = false)
    private long byAccountId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected ProgressOverride() {
    }

    ProgressOverride(Long enrolmentId, Integer lessonNo, LessonStatus previousStatus, LessonStatus newStatus,
                     String reason, long byAccountId, Instant at) {
        this.enrolmentId = enrolmentId;
        this.lessonNo = lessonNo;
        this.previousStatus = previousStatus;
        this.newStatus = newStatus;
        this.reason = reason;
        this.byAccountId = byAccountId;
        this.at = at;
    }

    public Integer lessonNo() { return lessonNo; }
    public LessonStatus previousStatus() { return previousStatus; }
    public LessonStatus newStatus() { return newStatus; }
    public String reason() { return reason; }
    public long byAccountId() { return byAccountId; }
    public Instant at() { return at; }
}
