package id.akademikoperasi.certification.application;

import id.akademikoperasi.shared.domain.RuleRefusal;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.RegionScope;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.audit.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The office's register of issued certificates: find one in the officer's regions and revoke it with a reason.
 * A revocation is written in one transaction with its audit entry and is seen at once by the public verification,
 * which reads the row itself (nothing caches a status).
 *
 * <pre>{@code
 * List<CertificateLine> found = registry.search(officer, "64.74", "Siti");
 * registry.revoke(officer, found.getFirst().id(), "Pernyataan tidak benar: kerabat pengurus");
 * }</pre>
 */
@ApplicationScoped
public class CertificateRegistry {

    public record CertificateLine(long id, String number, String holder, String koperasi, String schemeCode,
                                  String schemeName, Certificate.PublicStatus status, Instant issuedAt, Instant validUntil,
                                  String issuedBy, Instant revokedAt, String revokeReason, String renewsNumber)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<CertificateStatusChanged> certificateChanged;

    @Inject
    private Event<CertificateRevoked> revoked;

    @Inject
    private AuditLog audit;

    /** The most certificates one search shows; the page asks for a narrower search when it is reached. */
    public static final int SEARCH_LIMIT = 200;

    /**
     * Certificates in the officer's regions (in the query, so other cities' rows never crowd them out), newest first; {@code region} narrows to a kecamatan or kelurahan,
     * {@code text} matches the number or the holder's name.
     */
    public List<CertificateLine> search(Actor officer, String region, String text) {
        officer.require(Role.VERIFIER);
        String r = region == null ? "" : region.strip();
        String t = text == null ? "" : text.strip();
        RegionScope scope = RegionScope.of(officer, Role.VERIFIER);
        Query query = em.createNativeQuery("""
                        SELECT c.id, c.number, c.holder_name, c.koperasi_name, c.scheme_code, c.scheme_name_id, c.status,
                               c.issued_at, c.valid_until, c.issued_by_name, c.revoked_at, c.revoke_reason, c.region_code,
                               p.number
                        FROM crt_certificate c LEFT JOIN crt_certificate p ON p.id = c.renews_certificate_id
                        WHERE (? = '' OR c.region_code = ? OR c.region_code LIKE ?)
                          AND (? = '' OR c.number = ? OR c.holder_name LIKE ?) AND %s
                        ORDER BY c.id DESC LIMIT %d""".formatted(scope.condition("c.region_code"), SEARCH_LIMIT))
                .setParameter(1, r).setParameter(2, r).setParameter(3, r + ".%")
                .setParameter(4, t).setParameter(5, t).setParameter(6, SqlValues.contains(t));
        scope.bind(query, 7);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Instant now = clock.instant();
        List<CertificateLine> lines = new ArrayList<>();
        for (Object[] row : rows) {
            Instant until = SqlValues.instant(row[8]);
            lines.add(new CertificateLine(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5],
                    Certificate.publicStatus(Certificate.Status.valueOf((String) row[6]), until, now),
                    SqlValues.instant(row[7]), until, (String) row[9], SqlValues.instant(row[10]), (String) row[11],
                    (String) row[13]));
        }
        return lines;
    }

    /** An officer of the holder's region revokes the certificate at once, with a reason the holder reads. */
    @Transactional
    public void revoke(Actor officer, long certificateId, String reason) {
        Certificate c = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("certification.certificate.notFound");
        }
        if (!officer.can(Role.VERIFIER, c.regionCode())) {
            throw new AccessDeniedException("account " + officer.accountId() + " may not revoke certificate " + c.id());
        }
        Instant now = clock.instant();
        Certificate.Status before = c.status();
        try {
            c.revoke(officer.accountId(), now, reason);
        } catch (RuleRefusal e) {
            throw e.asInput(e.reason().startsWith("reason") ? "reason" : null, "certification.revoke.", Certificate.MAX_REVOKE_REASON);
        }
        em.flush();
        // the summaries and the nominations before the audit chain, as every other transaction takes them: the
        // audit head is locked last, so no two transactions wait on each other through it
        certificateChanged.fire(CertificateStatusChanged.of(c, before));
        revoked.fire(new CertificateRevoked(c.id(), c.number(), c.accountId(), c.schemeCode(), officer.accountId(), now,
                c.revokeReason()));
        audit.record("certification.revoked", officer.accountId(), "certificate:" + c.number(),
                Map.of("reasonSha256", AuditLog.fingerprint(c.revokeReason()), "holder", c.accountId(), "scheme", c.schemeCode()));
        StructuredLog.event("certification.revoked", "by", officer.accountId(), "certificate", c.number());
    }
}
