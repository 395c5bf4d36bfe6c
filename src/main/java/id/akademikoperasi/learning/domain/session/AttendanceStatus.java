package id.akademikoperasi.learning.domain.session;

/** A member's attendance at a session; PRESENT and LATE count as attended, EXCUSED is left out of the count. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
