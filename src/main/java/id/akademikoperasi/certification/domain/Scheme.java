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

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A certification scheme: the courses a candidate completes, the lowest final-exam score in each, the attendance at
 * the scheme's face-to-face sessions (if any), the declarations signed when applying, and how long a certificate
 * lasts. Schemes are data; the three of the programme come with the migrations, the system admin defines more and
 * revises them. A revision changes what future checklists and applications ask; an application already made keeps
 * the requirements frozen in it, and a certificate keeps the names it was issued with.
 *
 * <pre>{@code
 * Scheme s = Scheme.define("CALON_PENGAWAS_USP", terms);   // InvalidInputException naming each wrong field
 * s.revise(SchemeTerms.of(s) with another pass mark);
 * s.deactivate();                                           // no longer offered; its certificates stay valid
 * }</pre>
 */
@Entity
@Table(name = "crt_scheme")
public class Scheme {

    /** A scheme code: upper-case letters, digits and underscores, starting with a letter, 3 to 40 characters. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

    /** The board positions a scheme can qualify for, in the order they are shown and stored. */
    public static final List<String> POSITIONS = List.of("PENGURUS", "PENGAWAS", "MANAJER", "BENDAHARA_USP");

    public static final int MAX_NAME = 200;
    public static final int MAX_VALIDITY_MONTHS = 120;
    public static final int MAX_REAPPLY_WAIT_DAYS = 365;
    /** As long as the catalog's course codes ({@code crt_scheme_course.course_code}). */
    public static final int MAX_COURSE_CODE = 20;

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

    /**
     * A new scheme, active from now on. Whether each course exists in the catalog is not the scheme's to know: the
     * application service checks that first.
     *
     * @throws InvalidInputException naming every field that breaks a rule; no scheme is made
     */
    public static Scheme define(String code, SchemeTerms terms) {
        Problems problems = new Problems();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("code", "certification.scheme.code.invalid");
        }
        check(terms).forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments().toArray()));
        problems.throwIfAny();
        Scheme scheme = new Scheme();
        scheme.code = code;
        scheme.active = true;
        scheme.apply(terms);
        return scheme;
    }

    /**
     * New terms for this scheme. Only what is asked from now on changes: applications made earlier froze their
     * requirements, certificates their names.
     *
     * @throws InvalidInputException naming every field that breaks a rule; the scheme is left as it was
     */
    public void revise(SchemeTerms terms) {
        List<Problem> problems = check(terms);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        apply(terms);
    }

    /** Offered again to members: checklists show it and members may apply. */
    public void activate() {
        active = true;
    }

    /**
     * No longer offered: it leaves the members' checklists and nobody can apply. Applications already made are still
     * decided and the certificates issued under it stay valid.
     */
    public void deactivate() {
        active = false;
    }

    /** What is wrong with these terms, each problem naming its field; empty when they make a valid scheme. */
    public static List<Problem> check(SchemeTerms terms) {
        Problems problems = new Problems();
        if (terms == null) {
            return problems.add(null, "certification.scheme.termsRequired").list();
        }
        checkName(problems, "nameId", terms.nameId());
        checkName(problems, "nameEn", terms.nameEn());
        List<String> positions = terms.positions() == null ? List.of() : terms.positions();
        if (positions.isEmpty()) {
            problems.add("positions", "certification.scheme.positions.required");
        } else if (!POSITIONS.containsAll(positions)) {
            problems.add("positions", "certification.scheme.positions.unknown");
        }
        List<String> courses = terms.courses() == null ? List.of() : terms.courses();
        Set<String> seen = new HashSet<>();
        if (courses.isEmpty()) {
            problems.add("courses", "certification.scheme.courses.required");
        }
        for (String course : courses) {
            if (course == null || course.isBlank() || course.length() > MAX_COURSE_CODE) {
                problems.add("courses", "certification.scheme.courses.invalid");
            } else if (!seen.add(course)) {
                problems.add("courses", "certification.scheme.courses.duplicate", course);
            }
        }
        if (terms.minExamPercent() < 0 || terms.minExamPercent() > 100) {
            problems.add("minExamPercent", "certification.scheme.exam.range");
        }
        Integer attendance = terms.minAttendancePercent();
        if (attendance != null && (attendance < 1 || attendance > 100)) {
            problems.add("minAttendancePercent", "certification.scheme.attendance.range");
        }
        if (terms.declarations() != null && terms.declarations().stream().anyMatch(Objects::isNull)) {
            problems.add("declarations", "certification.scheme.declarations.invalid");
        }
        boolean validityOk = terms.validityMonths() >= 1 && terms.validityMonths() <= MAX_VALIDITY_MONTHS;
        if (!validityOk) {
            problems.add("validityMonths", "certification.scheme.validity.range", MAX_VALIDITY_MONTHS);
        }
        if (terms.recertWindowMonths() < 0 || (validityOk && terms.recertWindowMonths() >= terms.validityMonths())) {
            problems.add("recertWindowMonths", "certification.scheme.window.range",
                    validityOk ? terms.validityMonths() - 1 : MAX_VALIDITY_MONTHS - 1);
        }
        if (terms.reapplyWaitDays() < 0 || terms.reapplyWaitDays() > MAX_REAPPLY_WAIT_DAYS) {
            problems.add("reapplyWaitDays", "certification.scheme.reapplyWait.range", MAX_REAPPLY_WAIT_DAYS);
        }
        return problems.list();
    }

    private static void checkName(Problems problems, String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add(field, "certification.scheme.name.invalid", MAX_NAME);
        }
    }

    private void apply(SchemeTerms terms) {
        nameId = terms.nameId().strip();
        nameEn = terms.nameEn().strip();
        // stored in the known order, so the same choice always reads the same
        positions = String.join(",", POSITIONS.stream().filter(terms.positions()::contains).toList());
        minExamPercent = terms.minExamPercent();
        minAttendancePercent = terms.minAttendancePercent();
        validityMonths = terms.validityMonths();
        recertWindowMonths = terms.recertWindowMonths();
        twoOfficerApproval = terms.twoOfficerApproval();
        reapplyWaitDays = terms.reapplyWaitDays();
        if (!courses.equals(terms.courses())) {
            courses.clear();
            courses.addAll(terms.courses());
        }
        Set<Declaration> chosen = terms.declarations() == null ? Set.of() : terms.declarations();
        if (!declarations.equals(chosen)) {
            declarations.clear();
            // in the enum's order, as requirements() lists them
            Arrays.stream(Declaration.values()).filter(chosen::contains).forEach(declarations::add);
        }
    }

    /** For optimistic locking: the version a form was filled in against. */
    public long version() { return version; }

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
