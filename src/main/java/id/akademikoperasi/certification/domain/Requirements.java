package id.akademikoperasi.certification.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What a scheme asks of a candidate.
 *
 * @param courses              course codes to complete, in the order a member should take them
 * @param minExamPercent       the lowest best final-exam score in each of those courses that has a final exam
 * @param minAttendancePercent attendance at the scheme's face-to-face sessions, or {@code null} when not required
 * @param declarations         signed when applying
 */
public record Requirements(List<String> courses, int minExamPercent, Integer minAttendancePercent,
                           List<Declaration> declarations) implements Serializable {
    public Requirements {
        courses = List.copyOf(courses);
        declarations = List.copyOf(declarations);
        if (minExamPercent < 0 || minExamPercent > 100 || (minAttendancePercent != null && (minAttendancePercent < 1 || minAttendancePercent > 100))) {
            throw new IllegalArgumentException("percentages 0..100");
        }
    }
}
