package id.akademikoperasi.certification.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member's live checklist for a scheme: every requirement met or not, with its evidence. The system computes it;
 * a named DKUMPP officer decides on the application (UU PDP art. 10).
 *
 * <pre>{@code
 * Checklist c = Eligibility.check(scheme.requirements(), Map.of("KOP-01", new CourseEvidence(done, new BigDecimal("85"), true)),
 *         new AttendanceEvidence(4, 5));
 * c.readyToApply();   // every course, exam and attendance requirement met; declarations are signed when applying
 * }</pre>
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** What the member's record says about one course: when completed (or null), the best final-exam score. */
    public record CourseEvidence(Instant completedAt, BigDecimal bestExamPercent, boolean hasFinalExam) implements Serializable {
    }

    /** Sessions of the scheme attended (present or late) of those that count. */
    public record AttendanceEvidence(int attended, int counted) implements Serializable {
        /** Rounded down; empty when nothing counts yet. */
        public Integer percent() {
            return counted == 0 ? null : attended * 100 / counted;
        }
    }

    public enum Kind { COURSE, EXAM, ATTENDANCE, DECLARATION }

    /**
     * One line of the checklist. {@code subject} is a course code or a declaration; {@code date} when a course was
     * completed; {@code score} the best exam score; {@code required} the threshold; {@code percent}, {@code attended}
     * and {@code counted} the attendance. A declaration is never "met" here: it is signed when applying.
     */
    public record Check(Kind kind, String subject, boolean met, Instant date, BigDecimal score, Integer required,
                        Integer percent, Integer attended, Integer counted) implements Serializable {
    }

    public record Checklist(List<Check> checks) implements Serializable {
        public Checklist {
            checks = List.copyOf(checks);
        }

        /** Everything the record can prove is there; what is left is to sign the declarations and apply. */
        public boolean readyToApply() {
            return checks.stream().filter(c -> c.kind() != Kind.DECLARATION).allMatch(Check::met);
        }

        /** The declarations to sign when applying. */
        public List<String> declarations() {
            return checks.stream().filter(c -> c.kind() == Kind.DECLARATION).map(Check::subject).toList();
        }

        public long metCount() {
            return checks.stream().filter(c -> c.kind() != Kind.DECLARATION && c.met()).count();
        }

        public long toMeetCount() {
            return checks.stream().filter(c -> c.kind() != Kind.DECLARATION).count();
        }
    }

    public static Checklist check(Requirements r, Map<String, CourseEvidence> courses, AttendanceEvidence attendance) {
        List<Check> checks = new ArrayList<>();
        for (String code : r.courses()) {
            CourseEvidence e = courses.get(code);
            checks.add(new Check(Kind.COURSE, code, e != null && e.completedAt() != null, e == null ? null : e.completedAt(),
                    null, null, null, null, null));
        }
        for (String code : r.courses()) {
            CourseEvidence e = courses.get(code);
            if (e != null && !e.hasFinalExam()) {
                continue;   // a course without a final exam asks no score
            }
            BigDecimal best = e == null ? null : e.bestExamPercent();
            boolean met = best != null && best.compareTo(BigDecimal.valueOf(r.minExamPercent())) >= 0;
            checks.add(new Check(Kind.EXAM, code, met, null, best, r.minExamPercent(), null, null, null));
        }
        if (r.minAttendancePercent() != null) {
            Integer percent = attendance == null ? null : attendance.percent();
            checks.add(new Check(Kind.ATTENDANCE, null, percent != null && percent >= r.minAttendancePercent(), null, null,
                    r.minAttendancePercent(), percent, attendance == null ? 0 : attendance.attended(),
                    attendance == null ? 0 : attendance.counted()));
        }
        for (Declaration d : r.declarations()) {
            checks.add(new Check(Kind.DECLARATION, d.name(), false, null, null, null, null, null, null));
        }
        return new Checklist(checks);
    }
}
