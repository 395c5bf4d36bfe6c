package id.akademikoperasi.learning.domain.session;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import static id.akademikoperasi.learning.domain.session.AttendanceStatus.ABSENT;
import static id.akademikoperasi.learning.domain.session.AttendanceStatus.EXCUSED;
import static id.akademikoperasi.learning.domain.session.AttendanceStatus.LATE;
import static id.akademikoperasi.learning.domain.session.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceRateTest {

    @Test
    void lateCountsAsAttendedExcusedIsLeftOutAndNoRecordIsAbsent() {
        AttendanceRate rate = AttendanceRate.of(Arrays.asList(PRESENT, LATE, EXCUSED, null, ABSENT));
        assertEquals(new AttendanceRate(2, 4, 5), rate);
        assertEquals(OptionalInt.of(50), rate.percent());
    }

    @Test
    void roundedDownSoAlmostIsNotEnough() {
        AttendanceRate fourOfFive = AttendanceRate.of(List.of(PRESENT, PRESENT, PRESENT, PRESENT, ABSENT));
        assertEquals(OptionalInt.of(80), fourOfFive.percent());
        assertTrue(fourOfFive.reaches(80));
        AttendanceRate sevenOfNine = AttendanceRate.of(List.of(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, ABSENT));
        assertEquals(OptionalInt.of(77), sevenOfNine.percent(), "77.8 % rounds down");
        assertFalse(sevenOfNine.reaches(78));
    }

    @Test
    void nothingHeldOrAllExcusedMeetsNoRequirement() {
        assertEquals(OptionalInt.empty(), AttendanceRate.of(List.of()).percent());
        assertFalse(AttendanceRate.of(List.of()).reaches(0));
        assertEquals(OptionalInt.empty(), AttendanceRate.of(List.of(EXCUSED, EXCUSED)).percent());
    }
}
