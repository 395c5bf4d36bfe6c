package id.akademikoperasi.learning.domain.session;

import java.util.List;
import java.util.OptionalInt;

/**
 * How much of the face-to-face part of a course or scheme a member attended: of the sessions held for it that the
 * member was invited to, those attended (present or late); an excused absence is left out of the count, a session
 * without any record counts as absent. Rounded down, so 79.9 % does not pass an 80 % requirement.
 *
 * <pre>{@code
 * AttendanceRate rate = AttendanceRate.of(List.of(PRESENT, LATE, EXCUSED, null, ABSENT));  // 2 of 4
 * rate.percent();        // OptionalInt[50]
 * rate.reaches(80);      // false
 * }</pre>
 *
 * @param attended sessions attended (present or late)
 * @param counted  sessions that count: held and invited, minus excused absences
 * @param held     sessions held that the member was invited to
 */
public record AttendanceRate(int attended, int counted, int held) {

    public AttendanceRate {
        if (attended < 0 || counted < attended || held < counted) {
            throw new IllegalArgumentException("attended <= counted <= held");
        }
    }

    /** @param statuses one entry per session held, {@code null} where nothing was recorded */
    public static AttendanceRate of(List<AttendanceStatus> statuses) {
        int attended = 0;
        int excused = 0;
        for (AttendanceStatus s : statuses) {
            if (s != null && s.attended()) {
                attended++;
            } else if (s == AttendanceStatus.EXCUSED) {
                excused++;
            }
        }
        return new AttendanceRate(attended, statuses.size() - excused, statuses.size());
    }

    /** Empty when no session counts yet (none held, or every one excused). */
    public OptionalInt percent() {
        return counted == 0 ? OptionalInt.empty() : OptionalInt.of(attended * 100 / counted);
    }

    /** Whether the rate meets a requirement of {@code requiredPercent}; with nothing held, it does not. */
    public boolean reaches(int requiredPercent) {
        return percent().isPresent() && percent().getAsInt() >= requiredPercent;
    }
}
