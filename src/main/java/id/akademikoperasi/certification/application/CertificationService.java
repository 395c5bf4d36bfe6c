package id.akademikoperasi.certification.application;

import id.akademikoperasi.shared.domain.RuleRefusal;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.certification.domain.Application;
import id.akademikoperasi.certification.domain.Certificate;
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
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.audit.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Certification of board candidates, the member's side: each active scheme with a live checklist from the member's
 * own record (courses completed, final-exam scores, attendance at the scheme's face-to-face sessions) and where they
 * stand (free to apply, waiting after a rejection, certified, or inside the recertification window); applying with
 * signed declarations; answering DKUMPP's question; withdrawing; and the member's applications and certificates.
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
                                  Checklist checklist, Map<String, String> courseTitles, Standing standing)
            implements Serializable {
        /** Whether the member may submit now (requirements aside). */
        public boolean mayApplyNow() {
            return standing.kind() == Standing.Kind.FREE || standing.kind() == Standing.Kind.RECERTIFY;
        }
    }

    /**
     * Where the member stands with a scheme apart from the requirements: free to apply, an application open,
     * certified (with the date the recertification window opens), inside that window, or waiting after a
     * rejection until a date.
     */
    public record Standing(Kind kind, Instant from, String certificateNumber) implements Serializable {
        public enum Kind { FREE, OPEN, CERTIFIED, RECERTIFY, WAIT }

        static final Standing FREE = new Standing(Kind.FREE, null, null);
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
    private jakarta.enterprise.event.Event<ApplicationsPendingChanged> pending;

    @Inject
    private MembershipService memberships;

    @Inject
    private RegionDirectory regions;

    @Inject
    private AuditLog audit;

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
            return new SchemeChecklist(s.code(), s.name(locale), s.positions(), s.validityMonths(), checklist, named,
                    standing(member.accountId(), s));
        }).toList();
    }

    /** A member's application as their page lists it, with its certificate once issued. */
    public record ApplicationLine(long id, String schemeCode, Application.Status status, Instant submittedAt,
                                  Application.RejectReason reason, String note, String certificateNumber,
                                  Instant validUntil, String infoRequest, String infoReply, Instant reapplyAfter,
                                  Long certificateId, Certificate.PublicStatus certificateStatus,
                                  String revokeReason, Instant firstApprovedAt, String decidedBy,
                                  Instant decidedAt) implements Serializable {
        public boolean open() {
            return status == Application.Status.SUBMITTED || status == Application.Status.INFO_REQUESTED;
        }
    }

    /** The member's standing with a scheme, from their newest application and newest certificate of it. */
    private Standing standing(long accountId, Scheme scheme) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> apps = em.createNativeQuery("SELECT status, reapply_after FROM crt_application "
                        + "WHERE account_id = ? AND scheme_code = ? ORDER BY id DESC LIMIT 1")
                .setParameter(1, accountId).setParameter(2, scheme.code()).getResultList();
        if (!apps.isEmpty()) {
            Application.Status status = Application.Status.valueOf((String) apps.getFirst()[0]);
            Instant reapplyAfter = SqlValues.instant(apps.getFirst()[1]);
            if (status == Application.Status.SUBMITTED || status == Application.Status.INFO_REQUESTED) {
                return new Standing(Standing.Kind.OPEN, null, null);
            }
            if (status == Application.Status.REJECTED && reapplyAfter != null && now.isBefore(reapplyAfter)) {
                return new Standing(Standing.Kind.WAIT, reapplyAfter, null);
            }
        }
        List<Certificate> held = em.createQuery("SELECT c FROM Certificate c WHERE c.accountId = :account "
                        + "AND c.schemeCode = :scheme AND c.status = :valid ORDER BY c.validUntil DESC", Certificate.class)
                .setParameter("account", accountId).setParameter("scheme", scheme.code())
                .setParameter("valid", Certificate.Status.VALID).setMaxResults(1).getResultList();
        if (!held.isEmpty() && held.getFirst().publicStatus(now) == Certificate.PublicStatus.VALID) {
            Certificate c = held.getFirst();
            Instant opens = ZonedDateTime.ofInstant(c.validUntil(), ClockProducer.OFFICE_ZONE)
                    .minusMonths(scheme.recertWindowMonths()).toInstant();
            return new Standing(now.isBefore(opens) ? Standing.Kind.CERTIFIED : Standing.Kind.RECERTIFY, opens, c.number());
        }
        return Standing.FREE;
    }

    /**
     * The member answers the officer's question on their own application; it returns to the queue.
     *
     * @throws NotFoundException for anyone else's application, as for one that does not exist
     */
    @Transactional
    public void answerInfo(Actor member, long applicationId, String answer) {
        Application a = own(member, applicationId);
        try {
            a.answerInfo(clock.instant(), answer);
        } catch (RuleRefusal e) {
            throw e.asInput(e.reason().startsWith("answer") ? "answer" : null, "certification.info.", Application.MAX_REPLY);
        }
        audit.record("certification.infoAnswered", member.accountId(), "application:" + a.id(), Map.of());
        StructuredLog.event("certification.infoAnswered", "account", member.accountId(), "application", a.id());
    }

    /** The member withdraws their own open application. */
    @Transactional
    public void withdraw(Actor member, long applicationId) {
        Application a = own(member, applicationId);
        try {
            a.withdraw(clock.instant());
        } catch (RuleRefusal e) {
            throw e.asInput(null, "certification.decision.");
        }
        pending.fire(new ApplicationsPendingChanged(a.regionCode(), a.schemeCode(), -1));
        audit.record("certification.withdrawn", member.accountId(), "application:" + a.id(), Map.of());
        StructuredLog.event("certification.withdrawn", "account", member.accountId(), "application", a.id());
    }

    private Application own(Actor member, long applicationId) {
        member.require(Role.MEMBER);
        Application a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.accountId() != member.accountId()) {
            throw new NotFoundException("certification.application.notFound");
        }
        return a;
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
        Standing standing = standing(member.accountId(), scheme);
        switch (standing.kind()) {
            case OPEN -> throw new InvalidInputException(Problem.of(null, "certification.apply.alreadyOpen"));
            case WAIT -> throw new InvalidInputException(Problem.of(null, "certification.apply.waitUntil",
                    standing.from()));
            case CERTIFIED -> throw new InvalidInputException(Problem.of(null, "certification.apply.alreadyCertified",
                    standing.certificateNumber(), standing.from()));
            default -> { }
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
        } catch (RuleRefusal e) {
            throw e.asInput(e.reason().equals("notReady") ? null : "declarations", "certification.apply.", Application.MAX_RELATIVES);
        }
        if (standing.kind() == Standing.Kind.RECERTIFY) {
            application.renews(em.createQuery("SELECT c.id FROM Certificate c WHERE c.number = :n", Long.class)
                    .setParameter("n", standing.certificateNumber()).getSingleResult());
        }
        em.persist(application);
        em.flush();
        pending.fire(new ApplicationsPendingChanged(application.regionCode(), application.schemeCode(), 1));
        Map<String, Object> details = new java.util.TreeMap<>(Map.of("scheme", scheme.code(), "koperasi", koperasi.id(),
                "declarations", application.declarations().stream().map(Enum::name).sorted().toList().toString(),
                "relativesNamed", application.relatives() != null));
        if (application.renewsCertificateId() != null) {
            details.put("renews", standing.certificateNumber());
        }
        audit.record("certification.applied", member.accountId(), "application:" + application.id(), details);
        StructuredLog.event("certification.applied", "account", member.accountId(), "scheme", scheme.code(),
                "application", application.id());
        return application.id();
    }

    /**
     * The names of the active schemes that require the course, in the reader's language: what the course page
     * shows under "leads to", as the system admin keeps the schemes (a course package's own list may be older).
     */
    public List<String> schemesRequiring(String courseCode, java.util.Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("SELECT " + (english ? "s.name_en" : "s.name_id") + " FROM crt_scheme s "
                        + "JOIN crt_scheme_course c ON c.scheme_code = s.code WHERE c.course_code = ? AND s.active "
                        + "ORDER BY s.code").setParameter(1, courseCode).getResultList();
        return names.stream().map(String::valueOf).toList();
    }

    /** Whether DKUMPP waits for the member's answer on one of their applications (one indexed look-up). */
    public boolean questionWaiting(Actor member) {
        return !em.createNativeQuery("SELECT 1 FROM crt_application WHERE account_id = ? AND status = 'INFO_REQUESTED' LIMIT 1")
                .setParameter(1, member.accountId()).getResultList().isEmpty();
    }

    /** The member's own applications, the latest made first. */
    public List<ApplicationLine> myApplications(Actor member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.scheme_code, a.status, a.submitted_at, a.decision_reason, "
                        + "a.decision_note, c.number, c.valid_until, a.info_request, a.info_reply, a.reapply_after, c.id, "
                        + "c.status, c.revoke_reason, a.first_approved_at, d.display_name, a.decided_at FROM crt_application a "
                        + "LEFT JOIN crt_certificate c ON c.application_id = a.id "
                        + "LEFT JOIN idn_account d ON d.id = a.decided_by AND a.status IN ('APPROVED', 'REJECTED') "
                        + "WHERE a.account_id = ? "
                        + "ORDER BY a.id DESC").setParameter(1, member.accountId()).getResultList();
        Instant now = clock.instant();
        return rows.stream().map(r -> new ApplicationLine(((Number) r[0]).longValue(), (String) r[1],
                Application.Status.valueOf((String) r[2]), SqlValues.instant(r[3]),
                r[4] == null ? null : Application.RejectReason.valueOf((String) r[4]), (String) r[5], (String) r[6],
                SqlValues.instant(r[7]), (String) r[8], (String) r[9], SqlValues.instant(r[10]),
                r[11] == null ? null : ((Number) r[11]).longValue(),
                r[12] == null ? null : Certificate.publicStatus(Certificate.Status.valueOf((String) r[12]),
                        SqlValues.instant(r[7]), now), (String) r[13], SqlValues.instant(r[14]), (String) r[15],
                SqlValues.instant(r[16]))).toList();
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
