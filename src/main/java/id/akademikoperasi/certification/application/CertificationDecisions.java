package id.akademikoperasi.certification.application;

import id.akademikoperasi.shared.domain.RuleRefusal;
import id.akademikoperasi.certification.domain.Application;
import id.akademikoperasi.certification.domain.VerificationCode;
import id.akademikoperasi.certification.domain.Application.RejectReason;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.CertificateNumber;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.RegionScope;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.audit.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * DKUMPP's side of certification: the queue of open applications in the officer's regions, an application with its
 * frozen evidence, and the decision of a named officer — an approval issues the certificate (numbered without gaps
 * per city and year, with a verification code nobody can guess), a rejection needs a reason.
 *
 * <pre>{@code
 * List<QueueLine> open = decisions.queue(officer, "64.74.01", null);
 * String number = decisions.approve(officer, open.getFirst().id());   // "AK/6474/2026/000001"
 * }</pre>
 */
@ApplicationScoped
public class CertificationDecisions {


    /** What the officer narrows the queue by: a kecamatan or kelurahan code, a scheme, waiting at least so many days. */
    public record QueueFilter(String region, String scheme, Integer waitingDays) implements Serializable {
        public static final QueueFilter ALL = new QueueFilter(null, null, null);
    }

    public record QueueLine(long id, String member, String koperasi, String kelurahan, String schemeCode,
                            Application.Status status, Instant submittedAt, String firstApprover,
                            Instant infoRepliedAt) implements Serializable {
    }

    /** One course of the frozen evidence. */
    public record EvidenceCourse(String code, String title, Instant completedAt, String bestExamPercent) implements Serializable {
    }

    /** The member as the office reads them today, next to the frozen evidence. */
    public record MemberRecord(Integer age, Instant memberSince, List<PastApplication> applications,
                               List<HeldCertificate> certificates) implements Serializable {
    }

    public record PastApplication(long id, String schemeCode, Application.Status status, Instant submittedAt,
                                  Instant decidedAt, Application.RejectReason reason) implements Serializable {
    }

    public record HeldCertificate(long id, String number, String schemeCode, Certificate.PublicStatus status,
                                  Instant issuedAt, Instant validUntil) implements Serializable {
    }

    public record Detail(QueueLine line, List<String> declarations, String relatives, List<EvidenceCourse> courses,
                         Integer attendancePercent, Instant takenAt, String infoRequest, Instant infoRequestedAt,
                         String infoReply, Instant infoRepliedAt, Long firstApprovedBy, Instant firstApprovedAt, String renewsNumber,
                         boolean twoOfficers, MemberRecord record) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<ApplicationsPendingChanged> pending;

    @Inject
    private jakarta.enterprise.event.Event<CertificateStatusChanged> certificateChanged;

    @Inject
    private RegionDirectory regions;

    @Inject
    private AuditLog audit;

    /**
     * The kecamatan an officer may filter by (a grant on a city gives its kecamatan, a grant on a kecamatan that one);
     * an admin sees Kota Bontang's, where the programme starts.
     */
    public List<RegionView> kecamatanOf(Actor officer) {
        officer.require(Role.VERIFIER);
        List<String> scopes = officer.has(Role.SYSADMIN) ? List.of("64.74") : officer.scopesOf(Role.VERIFIER);
        List<RegionView> found = new ArrayList<>();
        for (String scope : scopes) {
            RegionCode code = RegionCode.of(scope.isEmpty() ? "64.74" : scope);
            switch (code.level()) {
                case KABUPATEN_KOTA -> found.addAll(regions.children(code));
                case KECAMATAN -> regions.find(code).ifPresent(found::add);
                case KELURAHAN_DESA -> code.parent().flatMap(regions::find).ifPresent(found::add);
                default -> { }
            }
        }
        return found.stream().distinct().toList();
    }

    /** The kelurahan of a kecamatan the officer covers. */
    public List<RegionView> kelurahanOf(Actor officer, String kecamatan) {
        officer.require(Role.VERIFIER);
        if (kecamatan == null || kecamatan.isBlank()) {
            return List.of();
        }
        return regions.children(RegionCode.of(kecamatan)).stream().filter(r -> officer.can(Role.VERIFIER, r.code())).toList();
    }

    /** The longest queue one page shows; the page asks the officer to narrow the filter when it is reached. */
    public static final int QUEUE_LIMIT = 500;

    /**
     * Open applications in the officer's regions, oldest first, narrowed by the filter, at most {@link #QUEUE_LIMIT}.
     * The officer's regions are part of the query, so the oldest applications they may decide are never crowded out
     * by other cities' ones.
     */
    public List<QueueLine> queue(Actor officer, QueueFilter filter) {
        officer.require(Role.VERIFIER);
        QueueFilter f = filter == null ? QueueFilter.ALL : filter;
        String region = f.region() == null ? "" : f.region().strip();
        String scheme = f.scheme() == null ? "" : f.scheme().strip();
        Instant submittedBefore = f.waitingDays() == null || f.waitingDays() <= 0 ? clock.instant().plusSeconds(86_400)
                : clock.instant().minus(Duration.ofDays(f.waitingDays()));
        RegionScope scope = RegionScope.of(officer, Role.VERIFIER);
        Query query = em.createNativeQuery("""
                        SELECT a.id, x.display_name, k.name, r.name, a.scheme_code, a.status, a.submitted_at, a.region_code,
                               o.display_name, a.info_replied_at
                        FROM crt_application a JOIN idn_account x ON x.id = a.account_id
                        JOIN org_koperasi k ON k.id = a.koperasi_id JOIN org_region r ON r.code = a.region_code
                        LEFT JOIN idn_account o ON o.id = a.first_approved_by
                        WHERE a.status IN ('SUBMITTED', 'INFO_REQUESTED') AND (? = '' OR a.region_code = ? OR a.region_code LIKE ?)
                          AND (? = '' OR a.scheme_code = ?) AND a.submitted_at < ? AND %s
                        ORDER BY a.submitted_at, a.id LIMIT %d""".formatted(scope.condition("a.region_code"), QUEUE_LIMIT))
                .setParameter(1, region).setParameter(2, region).setParameter(3, region + ".%")
                .setParameter(4, scheme).setParameter(5, scheme).setParameter(6, submittedBefore);
        scope.bind(query, 7);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<QueueLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            lines.add(new QueueLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], Application.Status.valueOf((String) r[5]), SqlValues.instant(r[6]),
                    (String) r[8], SqlValues.instant(r[9])));
        }
        return lines;
    }

    /** An application with its frozen evidence and the member's record, for an officer of its region. */
    public Detail detail(Actor officer, long applicationId) {
        Application a = find(applicationId, false);
        requireOfficer(officer, a);
        Object[] names = (Object[]) em.createNativeQuery("SELECT x.display_name, k.name, r.name, x.birth_date, "
                        + "(SELECT MIN(m.joined_at) FROM org_membership m WHERE m.account_id = x.id AND m.koperasi_id = k.id), "
                        + "(SELECT o.display_name FROM idn_account o WHERE o.id = ?), "
                        + "(SELECT c.number FROM crt_certificate c WHERE c.id = ?) "
                        + "FROM idn_account x, org_koperasi k, org_region r WHERE x.id = ? AND k.id = ? AND r.code = ?")
                .setParameter(1, a.firstApprovedBy() == null ? -1L : a.firstApprovedBy())
                .setParameter(2, a.renewsCertificateId() == null ? -1L : a.renewsCertificateId())
                .setParameter(3, a.accountId()).setParameter(4, a.koperasiId()).setParameter(5, a.regionCode()).getSingleResult();
        QueueLine line = new QueueLine(a.id(), (String) names[0], (String) names[1], (String) names[2], a.schemeCode(),
                a.status(), a.submittedAt(), (String) names[5], a.infoRepliedAt());
        JsonObject snapshot = Json.createReader(new StringReader(a.snapshot())).readObject();
        List<EvidenceCourse> courses = new ArrayList<>();
        for (JsonValue v : snapshot.getJsonArray("courses") == null ? JsonArray.EMPTY_JSON_ARRAY : snapshot.getJsonArray("courses")) {
            JsonObject c = v.asJsonObject();
            courses.add(new EvidenceCourse(c.getString("code"), c.getString("title", c.getString("code")),
                    c.containsKey("completedAt") ? Instant.parse(c.getString("completedAt")) : null,
                    c.containsKey("bestExamPercent") ? c.getJsonNumber("bestExamPercent").bigDecimalValue().toPlainString() : null));
        }
        Integer attendance = snapshot.containsKey("attendance") && snapshot.getJsonObject("attendance").containsKey("percent")
                ? snapshot.getJsonObject("attendance").getInt("percent") : null;
        Scheme scheme = em.find(Scheme.class, a.schemeCode());
        return new Detail(line, a.declarations().stream().map(Enum::name).sorted().toList(),
                a.relatives(), courses, attendance, Instant.parse(snapshot.getString("takenAt")), a.infoRequest(),
                a.infoRequestedAt(), a.infoReply(), a.infoRepliedAt(), a.firstApprovedBy(), a.firstApprovedAt(), (String) names[6],
                scheme != null && scheme.twoOfficerApproval(), record(a, names[3], SqlValues.instant(names[4])));
    }

    private MemberRecord record(Application a, Object birthDate, Instant memberSince) {
        Integer age = null;
        if (birthDate != null) {
            LocalDate born = birthDate instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(birthDate.toString());
            age = Period.between(born, LocalDate.now(clock.withZone(ClockProducer.OFFICE_ZONE))).getYears();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> apps = em.createNativeQuery("SELECT id, scheme_code, status, submitted_at, decided_at, decision_reason "
                + "FROM crt_application WHERE account_id = ? AND id <> ? ORDER BY id DESC LIMIT 50")
                .setParameter(1, a.accountId()).setParameter(2, a.id()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> certs = em.createNativeQuery("SELECT id, number, scheme_code, status, issued_at, valid_until "
                + "FROM crt_certificate WHERE account_id = ? ORDER BY id DESC LIMIT 50")
                .setParameter(1, a.accountId()).getResultList();
        Instant now = clock.instant();
        return new MemberRecord(age, memberSince,
                apps.stream().map(r -> new PastApplication(((Number) r[0]).longValue(), (String) r[1],
                        Application.Status.valueOf((String) r[2]), SqlValues.instant(r[3]), SqlValues.instant(r[4]),
                        r[5] == null ? null : Application.RejectReason.valueOf((String) r[5]))).toList(),
                certs.stream().map(r -> new HeldCertificate(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        Certificate.publicStatus(Certificate.Status.valueOf((String) r[3]), SqlValues.instant(r[5]), now),
                        SqlValues.instant(r[4]), SqlValues.instant(r[5]))).toList());
    }

    /** The officer asks the member for more information; the member sees the question and answers it. */
    @Transactional
    public void requestInfo(Actor officer, long applicationId, String question) {
        Application a = find(applicationId, true);
        requireOfficer(officer, a);
        try {
            a.requestInfo(officer.accountId(), clock.instant(), question);
        } catch (RuleRefusal e) {
            throw e.asInput(e.reason().startsWith("question") ? "question" : null, "certification.decision.", Application.MAX_NOTE);
        }
        audit.record("certification.infoRequested", officer.accountId(), "application:" + a.id(),
                Map.of("questionSha256", AuditLog.fingerprint(a.infoRequest())));
        StructuredLog.event("certification.infoRequested", "by", officer.accountId(), "application", a.id());
    }

    /** The outcome of an approval: the certificate's number, or none yet when a second officer must approve. */
    public record Approval(String certificateNumber) implements Serializable {
        public boolean issued() { return certificateNumber != null; }
    }

    /**
     * A named officer approves: the certificate is issued in the same transaction — or, when the scheme wants two
     * officers, the first approval is recorded and a different officer must approve too.
     */
    @Transactional
    public Approval approve(Actor officer, long applicationId) {
        Application a = find(applicationId, true);
        requireOfficer(officer, a);
        Instant now = clock.instant();
        Scheme scheme = em.find(Scheme.class, a.schemeCode());
        boolean issued;
        try {
            issued = a.approve(officer.accountId(), now, scheme.twoOfficerApproval());
        } catch (RuleRefusal e) {
            throw e.asInput(null, "certification.decision.");
        }
        if (!issued) {
            audit.record("certification.firstApproval", officer.accountId(), "application:" + a.id(),
                    Map.of("scheme", a.schemeCode()));
            StructuredLog.event("certification.firstApproval", "by", officer.accountId(), "application", a.id());
            return new Approval(null);
        }
        int year = ZonedDateTime.ofInstant(now, ClockProducer.OFFICE_ZONE).getYear();
        String number = CertificateNumber.of(a.regionCode(), year, nextSequence(CertificateNumber.city(a.regionCode()), year));
        Object[] names = (Object[]) em.createNativeQuery("SELECT x.display_name, k.name, o.display_name FROM idn_account x, "
                        + "org_koperasi k, idn_account o WHERE x.id = ? AND k.id = ? AND o.id = ?")
                .setParameter(1, a.accountId()).setParameter(2, a.koperasiId()).setParameter(3, officer.accountId())
                .getSingleResult();
        Instant until = ZonedDateTime.ofInstant(now, ClockProducer.OFFICE_ZONE).plusMonths(scheme.validityMonths()).toInstant();
        Certificate certificate = Certificate.issue(number, VerificationCode.generate(), a,
                new Certificate.Names((String) names[0], (String) names[1], scheme.name(Locale.of("id")),
                        scheme.name(Locale.ENGLISH), (String) names[2]), now, until, officer.accountId());
        em.persist(certificate);
        em.flush();
        pending.fire(new ApplicationsPendingChanged(a.regionCode(), a.schemeCode(), -1));
        certificateChanged.fire(CertificateStatusChanged.of(certificate, null));
        audit.record("certification.approved", officer.accountId(), "application:" + a.id(),
                Map.of("scheme", a.schemeCode(), "certificate", number));
        Map<String, Object> issuedDetails = new java.util.TreeMap<>(Map.of("application", a.id(), "holder", a.accountId(),
                "scheme", a.schemeCode(), "validUntil", until.toString()));
        if (a.renewsCertificateId() != null) {
            issuedDetails.put("renews", em.find(Certificate.class, a.renewsCertificateId()).number());
        }
        audit.record(a.renewsCertificateId() == null ? "certification.issued" : "certification.reissued", officer.accountId(),
                "certificate:" + number, issuedDetails);
        StructuredLog.event("certification.approved", "by", officer.accountId(), "application", a.id(), "certificate", number);
        return new Approval(number);
    }

    /** A named officer rejects with a reason from the list (and a note, required for OTHER). */
    @Transactional
    public void reject(Actor officer, long applicationId, RejectReason reason, String note) {
        Application a = find(applicationId, true);
        requireOfficer(officer, a);
        try {
            a.reject(officer.accountId(), clock.instant(), reason, note,
                    Duration.ofDays(em.find(Scheme.class, a.schemeCode()).reapplyWaitDays()));
        } catch (RuleRefusal e) {
            String field = e.reason().startsWith("note") ? "note" : e.reason().equals("reasonRequired") ? "reason" : null;
            throw e.asInput(field, "certification.decision.", Application.MAX_NOTE);
        }
        Map<String, Object> rejected = new java.util.TreeMap<>(Map.of("reason", reason.name(),
                "reapplyAfter", a.reapplyAfter().toString()));
        if (a.decisionNote() != null) {
            rejected.put("noteSha256", AuditLog.fingerprint(a.decisionNote()));
        }
        pending.fire(new ApplicationsPendingChanged(a.regionCode(), a.schemeCode(), -1));
        audit.record("certification.rejected", officer.accountId(), "application:" + a.id(), rejected);
        StructuredLog.event("certification.rejected", "by", officer.accountId(), "application", a.id(), "reason", reason);
    }

    /** The next number of a city's year, without gaps: the row is locked until the certificate is written. */
    private int nextSequence(String city, int year) {
        em.createNativeQuery("INSERT INTO crt_number_sequence (city_code, year, last) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE last = last + 1")
                .setParameter(1, city).setParameter(2, year).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last FROM crt_number_sequence WHERE city_code = ? AND year = ?")
                .setParameter(1, city).setParameter(2, year).getSingleResult()).intValue();
    }

    private Application find(long applicationId, boolean lock) {
        Application a = lock ? em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Application.class, applicationId);
        if (a == null) {
            throw new NotFoundException("certification.application.notFound");
        }
        return a;
    }

    /** Only a VERIFIER whose grant covers the applicant's kelurahan sees or decides. */
    private static void requireOfficer(Actor officer, Application a) {
        if (!officer.can(Role.VERIFIER, a.regionCode())) {
            throw new AccessDeniedException("account " + officer.accountId() + " may not decide application " + a.id());
        }
    }
}
