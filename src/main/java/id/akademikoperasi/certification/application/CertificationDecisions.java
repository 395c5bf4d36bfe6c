package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Application;
import id.akademikoperasi.certification.domain.Application.RejectReason;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.CertificateNumber;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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

    private static final SecureRandom CODES = new SecureRandom();
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public record QueueLine(long id, String member, String koperasi, String kelurahan, String schemeCode,
                            Application.Status status, Instant submittedAt) implements Serializable {
    }

    /** One course of the frozen evidence. */
    public record EvidenceCourse(String code, String title, Instant completedAt, String bestExamPercent) implements Serializable {
    }

    public record Detail(QueueLine line, List<String> declarations, String relatives, List<EvidenceCourse> courses,
                         Integer attendancePercent, Instant takenAt) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Open applications in the officer's regions, oldest first; {@code region} and {@code scheme} narrow it. */
    public List<QueueLine> queue(Actor officer, String region, String scheme) {
        officer.require(Role.VERIFIER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, x.display_name, k.name, r.name, a.scheme_code, a.status, a.submitted_at, a.region_code
                        FROM crt_application a JOIN idn_account x ON x.id = a.account_id
                        JOIN org_koperasi k ON k.id = a.koperasi_id JOIN org_region r ON r.code = a.region_code
                        WHERE a.status IN ('SUBMITTED', 'INFO_REQUESTED') AND (a.region_code = ? OR a.region_code LIKE ?)
                          AND (? = '' OR a.scheme_code = ?)
                        ORDER BY a.submitted_at, a.id LIMIT 500""")
                .setParameter(1, region == null ? "" : region).setParameter(2, region == null || region.isBlank() ? "%" : region + ".%")
                .setParameter(3, scheme == null ? "" : scheme).setParameter(4, scheme == null ? "" : scheme).getResultList();
        List<QueueLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            if (officer.can(Role.VERIFIER, (String) r[7])) {
                lines.add(new QueueLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], Application.Status.valueOf((String) r[5]), SqlValues.instant(r[6])));
            }
        }
        return lines;
    }

    /** An application with its frozen evidence, for an officer of its region. */
    public Detail detail(Actor officer, long applicationId) {
        Application a = find(applicationId, false);
        requireOfficer(officer, a);
        Object[] names = (Object[]) em.createNativeQuery("SELECT x.display_name, k.name, r.name FROM idn_account x, "
                        + "org_koperasi k, org_region r WHERE x.id = ? AND k.id = ? AND r.code = ?")
                .setParameter(1, a.accountId()).setParameter(2, a.koperasiId()).setParameter(3, a.regionCode()).getSingleResult();
        QueueLine line = new QueueLine(a.id(), (String) names[0], (String) names[1], (String) names[2], a.schemeCode(),
                a.status(), a.submittedAt());
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
        return new Detail(line, a.declarations().stream().map(Enum::name).sorted().toList(),
                a.relatives(), courses, attendance, Instant.parse(snapshot.getString("takenAt")));
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
        } catch (Application.NotAllowedException e) {
            throw new InvalidInputException(Problem.of(null, "certification.decision." + e.reason()));
        }
        if (!issued) {
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
        Certificate certificate = Certificate.issue(number, verificationCode(), a,
                new Certificate.Names((String) names[0], (String) names[1], scheme.name(Locale.of("id")),
                        scheme.name(Locale.ENGLISH), (String) names[2]), now, until, officer.accountId());
        em.persist(certificate);
        em.flush();
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
        } catch (Application.NotAllowedException e) {
            String field = e.reason().startsWith("note") ? "note" : e.reason().equals("reasonRequired") ? "reason" : null;
            throw new InvalidInputException(Problem.of(field, "certification.decision." + e.reason(), Application.MAX_NOTE));
        }
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

    /** 16 characters from an alphabet without look-alikes: 80 bits, not guessable. */
    private static String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(CODE_ALPHABET[CODES.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
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
