package id.akademikoperasi.certification.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.certification.domain.Application;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.certification.domain.Eligibility;
import id.akademikoperasi.certification.domain.Eligibility.AttendanceEvidence;
import id.akademikoperasi.certification.domain.Eligibility.Checklist;
import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.learning.application.CourseProgress;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.domain.session.AttendanceRate;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Certification of board candidates. So far: the schemes (data, loaded by migration) and each member's live
 * checklist per scheme from their own record — courses completed, final-exam scores, attendance at the scheme's
 * face-to-face sessions. Applying, DKUMPP's decision and certificates come next.
 *
 * <pre>{@code
 * List<SchemeChecklist> mine = certification.checklists(member, locale);
 * mine.getFirst().checklist().readyToApply();
 * }</pre>
 */
@ApplicationScoped
public class CertificationService {

    /** A scheme with the member's checklist for it; {@code courseTitles} names the courses in the reader's language. */
    public record SchemeChecklist(String code, String name, List<String> positions, int validityMonths,
                                  Checklist checklist, Map<String, String> courseTitles) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LearningService learning;

    @Inject
    private TrainingSessions sessions;

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    @Inject
    private MembershipService memberships;

    @Inject
    private RegionDirectory regions;

    /** The active schemes, by code. */
    public List<Scheme> schemes() {
        return em.createQuery("SELECT s FROM Scheme s WHERE s.active = TRUE ORDER BY s.code", Scheme.class).getResultList();
    }

    /** The member's checklist for every active scheme, from their own record only. */
    public List<SchemeChecklist> checklists(Actor member, Locale locale) {
        member.require(Role.MEMBER);
        Map<String, CourseEvidence> courses = new HashMap<>();
        for (CourseProgress p : learning.myCourses(member, locale)) {
            courses.put(p.code(), new CourseEvidence(p.completedAt(), p.examBestPercent(), p.examRequired()));
        }
        Map<String, String> titles = catalog.search(null, null, locale).stream()
                .collect(Collectors.toMap(CourseCard::code, CourseCard::title, (a, b) -> a));
        return schemes().stream().map(s -> {
            Checklist checklist = Eligibility.check(s.requirements(), courses, attendance(member, s));
            Map<String, String> named = new HashMap<>();
            s.courses().forEach(c -> named.put(c, titles.getOrDefault(c, c)));
            return new SchemeChecklist(s.code(), s.name(locale), s.positions(), s.validityMonths(), checklist, named);
        }).toList();
    }

    /** A member's application as their page lists it; {@code certificateId} names the PDF to download. */
    public record ApplicationLine(long id, String schemeCode, Application.Status status, Instant submittedAt,
                                  Application.RejectReason reason, String note, String certificateNumber,
                                  Instant validUntil, Long certificateId) implements Serializable {
    }

    /**
     * The member applies for a scheme: their record must meet every requirement and every declaration must be
     * signed (or, for kinship, the relatives on a board named). The evidence is frozen in the application.
     *
     * @throws InvalidInputException with the reason in the member's words; nothing is written
     */
    @Transactional
    public long apply(Actor member, String schemeCode, Set<Declaration> signed, String relatives, Locale locale) {
        member.require(Role.MEMBER);
        Scheme scheme = Optional.ofNullable(schemeCode == null ? null : em.find(Scheme.class, schemeCode))
                .filter(Scheme::isActive).orElseThrow(() -> new NotFoundException("certification.scheme.notFound"));
        KoperasiView koperasi = memberships.activeKoperasiOf(member.accountId()).flatMap(regions::koperasi)
                .orElseThrow(() -> new InvalidInputException(Problem.of(null, "certification.apply.noKoperasi")));
        if (myApplications(member).stream().anyMatch(a -> a.schemeCode().equals(scheme.code())
                && (a.status() == Application.Status.SUBMITTED || a.status() == Application.Status.INFO_REQUESTED))) {
            throw new InvalidInputException(Problem.of(null, "certification.apply.alreadyOpen"));
        }
        List<CourseProgress> record = learning.myCourses(member, locale);
        Map<String, CourseEvidence> courses = new HashMap<>();
        record.forEach(p -> courses.put(p.code(), new CourseEvidence(p.completedAt(), p.examBestPercent(), p.examRequired())));
        AttendanceEvidence attendance = attendance(member, scheme);
        Checklist checklist = Eligibility.check(scheme.requirements(), courses, attendance);
        Application application;
        try {
            application = Application.submit(member.accountId(), scheme.code(), scheme.requirements(), checklist,
                    koperasi.id(), koperasi.kelurahanCode(), signed == null ? Set.of() : signed, relatives,
                    snapshot(member, scheme, record, attendance, koperasi.name()), clock.instant());
        } catch (Application.NotAllowedException e) {
            throw new InvalidInputException(Problem.of(e.reason().equals("notReady") ? null : "declarations",
                    "certification.apply." + e.reason(), Application.MAX_RELATIVES));
        }
        em.persist(application);
        em.flush();
        StructuredLog.event("certification.applied", "account", member.accountId(), "scheme", scheme.code(),
                "application", application.id());
        return application.id();
    }

    /** The member's own applications, the latest made first. */
    public List<ApplicationLine> myApplications(Actor member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.scheme_code, a.status, a.submitted_at, a.decision_reason, "
                        + "a.decision_note, c.number, c.valid_until, c.id FROM crt_application a "
                        + "LEFT JOIN crt_certificate c ON c.application_id = a.id WHERE a.account_id = ? "
                        + "ORDER BY a.id DESC").setParameter(1, member.accountId()).getResultList();
        return rows.stream().map(r -> new ApplicationLine(((Number) r[0]).longValue(), (String) r[1],
                Application.Status.valueOf((String) r[2]), SqlValues.instant(r[3]),
                r[4] == null ? null : Application.RejectReason.valueOf((String) r[4]), (String) r[5], (String) r[6],
                SqlValues.instant(r[7]), r[8] == null ? null : ((Number) r[8]).longValue())).toList();
    }

    /** The evidence as it stands, in the terms DKUMPP reads it; never changed afterwards. */
    private String snapshot(Actor member, Scheme scheme, List<CourseProgress> record, AttendanceEvidence attendance,
                            String koperasiName) {
        JsonArrayBuilder courses = Json.createArrayBuilder();
        for (String code : scheme.courses()) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("code", code);
            record.stream().filter(p -> p.code().equals(code)).findFirst().ifPresent(p -> {
                c.add("title", p.title());
                if (p.completedAt() != null) {
                    c.add("completedAt", p.completedAt().toString());
                }
                if (p.examBestPercent() != null) {
                    c.add("bestExamPercent", p.examBestPercent());
                }
            });
            courses.add(c);
        }
        JsonObjectBuilder snapshot = Json.createObjectBuilder()
                .add("takenAt", clock.instant().toString())
                .add("scheme", Json.createObjectBuilder().add("code", scheme.code()).add("name", scheme.name(null))
                        .add("minExamPercent", scheme.minExamPercent()))
                .add("member", Json.createObjectBuilder().add("name", member.displayName()).add("koperasi", koperasiName))
                .add("courses", courses);
        if (attendance != null) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("attended", attendance.attended()).add("counted", attendance.counted());
            if (attendance.percent() != null) {
                a.add("percent", attendance.percent());
            }
            snapshot.add("attendance", a);
        }
        return snapshot.build().toString();
    }

    private AttendanceEvidence attendance(Actor member, Scheme scheme) {
        if (scheme.minAttendancePercent() == null) {
            return null;
        }
        AttendanceRate rate = sessions.rate(member.accountId(), null, scheme.code());
        return new AttendanceEvidence(rate.attended(), rate.counted());
    }
}
