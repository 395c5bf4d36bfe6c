package id.akademikoperasi.learning.domain;

import id.akademikoperasi.catalog.domain.CourseId;
import id.akademikoperasi.catalog.domain.CourseVersionId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentTest {

    static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

    static Enrolment enrolment(int lessons, boolean exam) {
        return Enrolment.start(7, new CourseId(3), new CourseVersionId(11), lessons, exam, 7, T0);
    }

    @Test
    void aVisitStartsALessonAndRemembersWhereTheMemberIs() {
        Enrolment e = enrolment(3, false);
        assertEquals(LessonStatus.NOT_STARTED, e.statusOf(2));
        e.visit(2, T0.plusSeconds(60));
        e.visit(2, T0.plusSeconds(600));
        LessonProgress p = e.progress(2).orElseThrow();
        assertEquals(LessonStatus.IN_PROGRESS, p.status());
        assertEquals(T0.plusSeconds(60), p.firstVisitAt());
        assertEquals(T0.plusSeconds(600), p.lastVisitAt());
        assertEquals(2, e.lastLessonNo());
        assertEquals(2, e.nextLessonNo());
        assertEquals(0, e.lessonsDone());
    }

    @Test
    void theCourseCompletesWhenTheLastLessonIsDoneAndThereIsNoExam() {
        Enrolment e = enrolment(2, false);
        e.markDone(1, T0);
        assertFalse(e.isCompleted());
        assertEquals(50, e.percentDone());
        e.markDone(1, T0.plusSeconds(5)); // twice: counted once
        assertEquals(1, e.lessonsDone());
        e.markDone(2, T0.plusSeconds(60));
        assertTrue(e.isCompleted());
        assertEquals(T0.plusSeconds(60), e.completedAt());
        assertEquals(100, e.percentDone());
    }

    @Test
    void withAFinalExamTheCourseNeedsBothTheLessonsAndAPass() {
        Enrolment e = enrolment(1, true);
        e.recordExam(new BigDecimal("55.00"), false, T0);
        e.markDone(1, T0.plusSeconds(10));
        assertFalse(e.isCompleted(), "lessons done but the exam failed");
        e.recordExam(new BigDecimal("40.00"), false, T0.plusSeconds(20));
        assertEquals(new BigDecimal("55.00"), e.examBestPercent(), "the best score is kept");
        e.recordExam(new BigDecimal("85.00"), true, T0.plusSeconds(30));
        assertTrue(e.isCompleted());
        assertEquals(T0.plusSeconds(30), e.completedAt());
        assertEquals(new BigDecimal("85.00"), e.examBestPercent());
    }

    @Test
    void anExamPassedBeforeTheLessonsCompletesTheCourseWithTheLastLesson() {
        Enrolment e = enrolment(2, true);
        e.markDone(1, T0);
        e.recordExam(new BigDecimal("90"), true, T0.plusSeconds(10));
        assertFalse(e.isCompleted());
        e.markDone(2, T0.plusSeconds(20));
        assertEquals(T0.plusSeconds(20), e.completedAt());
    }

    @Test
    void aCompletedCourseStaysCompleted() {
        Enrolment e = enrolment(1, false);
        e.markDone(1, T0);
        e.recordExam(new BigDecimal("10"), false, T0.plusSeconds(5));
        e.visit(1, T0.plusSeconds(9));
        assertEquals(T0, e.completedAt());
    }

    @Test
    void timeSpentIsCappedPerReportAndOnlyCountsForOpenedLessons() {
        Enrolment e = enrolment(2, false);
        e.spend(1, 100); // never opened: ignored
        e.visit(1, T0);
        e.spend(1, 100);
        e.spend(1, (int) Duration.ofHours(8).toSeconds());
        e.spend(1, -50);
        assertEquals(100 + Enrolment.MAX_SECONDS_PER_REPORT, e.progress(1).orElseThrow().secondsSpent());
        assertTrue(e.progress(2).isEmpty());
    }

    @Test
    void lessonsOutsideTheCourseAreRefused() {
        Enrolment e = enrolment(3, false);
        assertThrows(IllegalArgumentException.class, () -> e.visit(0, T0));
        assertThrows(IllegalArgumentException.class, () -> e.markDone(4, T0));
        assertThrows(IllegalArgumentException.class, () -> enrolment(0, false));
    }

    @Test
    void continueGoesToTheFirstOpenLessonAfterTheLastOneDone() {
        Enrolment e = enrolment(4, false);
        e.markDone(1, T0);
        e.markDone(3, T0);
        assertEquals(4, e.nextLessonNo(), "after 3 comes 4");
        e.markDone(4, T0);
        assertEquals(2, e.nextLessonNo(), "then back to the one left open");
    }

    @Test
    void anOverrideKeepsTheValueItReplacedAndAdjustsTheCounts() {
        Enrolment e = enrolment(2, false);
        e.markDone(1, T0);
        ProgressOverride reopen = e.override(1, LessonStatus.IN_PROGRESS, "  dikerjakan oleh orang lain ", 99, T0.plusSeconds(5));
        assertEquals(LessonStatus.COMPLETED, reopen.previousStatus());
        assertEquals(LessonStatus.IN_PROGRESS, reopen.newStatus());
        assertEquals("dikerjakan oleh orang lain", reopen.reason());
        assertEquals(99, reopen.byAccountId());
        assertEquals(0, e.lessonsDone());

        ProgressOverride course = e.override(null, LessonStatus.COMPLETED, "hadir di pelatihan tatap muka", 99, T0.plusSeconds(9));
        assertEquals(LessonStatus.IN_PROGRESS, course.previousStatus());
        assertNull(course.lessonNo());
        assertTrue(e.isCompleted());

        assertThrows(IllegalArgumentException.class, () -> e.override(2, LessonStatus.COMPLETED, " ", 99, T0));
        assertThrows(IllegalArgumentException.class, () -> e.override(2, LessonStatus.NOT_STARTED, "alasan", 99, T0));
    }

    @Test
    void aCorrectedGradeDecidesTheExamResultAndTheCompletionFollows() {
        Enrolment e = enrolment(1, true);
        e.markDone(1, T0.plusSeconds(10));
        e.recordExam(new java.math.BigDecimal("80"), true, T0.plusSeconds(100));
        assertTrue(e.isCompleted());

        assertTrue(e.correctExam(new java.math.BigDecimal("60"), null, T0.plusSeconds(200)), "the only pass was taken back");
        assertFalse(e.isCompleted());
        assertNull(e.examPassedAt());
        assertEquals(0, new java.math.BigDecimal("60").compareTo(e.examBestPercent()));

        assertTrue(e.correctExam(new java.math.BigDecimal("75"), T0.plusSeconds(100), T0.plusSeconds(300)), "passed after all");
        assertTrue(e.isCompleted());
        assertEquals(T0.plusSeconds(300), e.completedAt());
        assertFalse(e.correctExam(new java.math.BigDecimal("90"), T0.plusSeconds(100), T0.plusSeconds(400)), "still completed");
    }
}
