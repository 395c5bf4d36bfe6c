package id.akademikoperasi.certification.domain;

import id.akademikoperasi.certification.domain.Eligibility.AttendanceEvidence;
import id.akademikoperasi.certification.domain.Eligibility.Check;
import id.akademikoperasi.certification.domain.Eligibility.Checklist;
import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;
import id.akademikoperasi.certification.domain.Eligibility.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    static final Instant DONE = Instant.parse("2026-11-20T02:00:00Z");
    static final Requirements PENGURUS = new Requirements(List.of("KOP-01", "KOP-02"), 70, 80,
            List.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE));

    private static Map<String, CourseEvidence> both(String first, String second) {
        Map<String, CourseEvidence> m = new HashMap<>();
        m.put("KOP-01", new CourseEvidence(DONE, new BigDecimal(first), true));
        m.put("KOP-02", new CourseEvidence(DONE, new BigDecimal(second), true));
        return m;
    }

    private static Check item(Checklist c, Kind kind, String subject) {
        return c.checks().stream().filter(x -> x.kind() == kind && (subject == null || subject.equals(x.subject()))).findFirst().orElseThrow();
    }

    @Test
    void everyRequirementMetMakesTheMemberReadyToApplyDeclarationsComeWithTheApplication() {
        Checklist c = Eligibility.check(PENGURUS, both("70.00", "95.50"), new AttendanceEvidence(4, 5));
        assertTrue(c.readyToApply());
        assertEquals(5, c.toMeetCount(), "two courses, two exams, attendance");
        assertEquals(DONE, item(c, Kind.COURSE, "KOP-01").date());
        assertEquals(80, item(c, Kind.ATTENDANCE, null).percent());
        assertFalse(item(c, Kind.DECLARATION, "NO_KINSHIP").met(), "signed when applying, not before");
    }

    @Test
    void aCourseNotCompletedAScoreBelowTheMarkOrTooLittleAttendanceEachKeepTheMemberWaiting() {
        Map<String, CourseEvidence> notDone = both("90", "90");
        notDone.put("KOP-02", new CourseEvidence(null, new BigDecimal("90"), true));
        assertFalse(item(Eligibility.check(PENGURUS, notDone, new AttendanceEvidence(5, 5)), Kind.COURSE, "KOP-02").met());

        Checklist lowScore = Eligibility.check(PENGURUS, both("69.99", "90"), new AttendanceEvidence(5, 5));
        assertFalse(item(lowScore, Kind.EXAM, "KOP-01").met(), "69.99 is below 70");
        assertFalse(lowScore.readyToApply());

        Checklist attendance = Eligibility.check(PENGURUS, both("90", "90"), new AttendanceEvidence(7, 9));
        assertEquals(77, item(attendance, Kind.ATTENDANCE, null).percent(), "rounded down");
        assertFalse(attendance.readyToApply());
        assertFalse(Eligibility.check(PENGURUS, both("90", "90"), new AttendanceEvidence(0, 0)).readyToApply(),
                "no session held yet: not met");
    }

    @Test
    void aCourseNeverTakenAndASchemeWithoutAttendance() {
        Checklist nothing = Eligibility.check(PENGURUS, Map.of(), null);
        assertEquals(0, nothing.metCount());
        assertNull(item(nothing, Kind.EXAM, "KOP-01").score());
        Requirements pengawas = new Requirements(List.of("KOP-01"), 70, null, List.of(Declaration.DATA_TRUE));
        Checklist c = Eligibility.check(pengawas, Map.of("KOP-01", new CourseEvidence(DONE, new BigDecimal("71"), true)), null);
        assertTrue(c.readyToApply());
        assertTrue(c.checks().stream().noneMatch(x -> x.kind() == Kind.ATTENDANCE));
        Checklist noExam = Eligibility.check(pengawas, Map.of("KOP-01", new CourseEvidence(DONE, null, false)), null);
        assertTrue(noExam.readyToApply(), "a course without a final exam asks no score");
    }
}
