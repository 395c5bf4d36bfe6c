package id.akademikoperasi.certification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A certification scheme: the courses a candidate completes, the lowest final-exam score in each, the attendance at
 * the scheme's face-to-face sessions (if any), the declarations signed when applying, and how long a certificate
 * lasts. Schemes are data; the three of the programme come with the migrations.
 */
@Entity
@Table(name = "crt_scheme")
public class Scheme {

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(name = "name_id", nullable = false, length = 200)
    private String nameId;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** Position codes, comma-separated (PENGURUS, PENGAWAS, MANAJER, BENDAHARA_USP). */
    @Column(nullable = false, length = 200)
    private String positions;

    @Column(name = "min_exam_percent", nullable = false)
    private int minExamPercent;

    @Column(name = "min_attendance_percent")
    private Integer minAttendancePercent;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "recert_window_months", nullable = false)
    private int recertWindowMonths;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "two_officer_approval", nullable = false)
    private boolean twoOfficerApproval;

    @Column(name = "reapply_wait_days", nullable = false)
    private int reapplyWaitDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crt_scheme_course", joinColumns = @JoinColumn(name = "scheme_code"))
    @OrderColumn(name = "position")
    @Column(name = "course_code")
    private List<String> courses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crt_scheme_declaration", joinColumns = @JoinColumn(name = "scheme_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "declaration")
    private Set<Declaration> declarations = new LinkedHashSet<>();

    protected Scheme() {
    }

    public String code() { return code; }
    public String name(java.util.Locale locale) { return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameId; }
    public List<String> positions() { return Arrays.stream(positions.split(",")).map(String::strip).toList(); }
    public int minExamPercent() { return minExamPercent; }
    public Integer minAttendancePercent() { return minAttendancePercent; }
    public int validityMonths() { return validityMonths; }
    public int recertWindowMonths() { return recertWindowMonths; }
    public boolean isActive() { return active; }
    public boolean twoOfficerApproval() { return twoOfficerApproval; }
    public int reapplyWaitDays() { return reapplyWaitDays; }
    public List<String> courses() { return List.copyOf(courses); }
    public Set<Declaration> declarations() { return Set.copyOf(declarations); }

    /** The rules only, for {@link Eligibility}: a scheme as data, whatever stores it. */
    public Requirements requirements() {
        return new Requirements(courses(), minExamPercent, minAttendancePercent,
                declarations.stream().sorted().toList());
    }
}
