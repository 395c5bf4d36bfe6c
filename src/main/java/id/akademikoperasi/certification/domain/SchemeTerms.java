package id.akademikoperasi.certification.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything about a scheme the system admin decides, as one value: {@link Scheme#define} and {@link Scheme#revise}
 * take it whole, so a revision is checked as a whole (the recertification window against the validity, say).
 *
 * <pre>{@code
 * new SchemeTerms("Calon Pengawas", "Supervisor Candidate", List.of("PENGAWAS"), List.of("KOP-01", "KOP-05"),
 *         70, null, Set.of(Declaration.DATA_TRUE), 36, 6, false, 30);
 * }</pre>
 *
 * @param positions            board positions the certificate qualifies for, from {@link Scheme#POSITIONS}
 * @param courses              catalog course codes in the order a member should take them
 * @param minAttendancePercent {@code null} when the scheme asks no attendance at face-to-face sessions
 * @param twoOfficerApproval   whether a certificate is issued only after two different DKUMPP officers approve
 * @param reapplyWaitDays      how long a rejected member waits before applying again
 */
public record SchemeTerms(String nameId, String nameEn, List<String> positions, List<String> courses,
                          int minExamPercent, Integer minAttendancePercent, Set<Declaration> declarations,
                          int validityMonths, int recertWindowMonths, boolean twoOfficerApproval,
                          int reapplyWaitDays) implements Serializable {

    /** The terms of an existing scheme, as a starting point for a revision. */
    public static SchemeTerms of(Scheme scheme) {
        return new SchemeTerms(scheme.name(java.util.Locale.of("id")), scheme.name(java.util.Locale.ENGLISH),
                scheme.positions(), scheme.courses(), scheme.minExamPercent(), scheme.minAttendancePercent(),
                scheme.declarations(), scheme.validityMonths(), scheme.recertWindowMonths(),
                scheme.twoOfficerApproval(), scheme.reapplyWaitDays());
    }
}
