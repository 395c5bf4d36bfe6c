package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.audit.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Marks certificates whose validity has ended as EXPIRED, a batch per transaction. Several app instances may run
 * the job at the same moment: each takes rows no other holds ({@code SKIP LOCKED}), so none is expired twice.
 * The public page already says EXPIRED from the end date alone; the job makes the register and the dashboards agree.
 *
 * <pre>{@code
 * while (expiry.expireDue(500) > 0) { }
 * }</pre>
 */
@ApplicationScoped
public class CertificateExpiry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<CertificateStatusChanged> certificateChanged;

    @Inject
    private AuditLog audit;

    /** Expires up to {@code batch} due certificates and returns how many it expired. */
    @Transactional
    public int expireDue(int batch) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM crt_certificate WHERE status = 'VALID' AND valid_until <= ? "
                        + "ORDER BY valid_until, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, batch).getResultList();
        int expired = 0;
        for (Number id : ids) {
            Certificate c = em.find(Certificate.class, id.longValue());
            em.refresh(c);
            if (c.expireIfDue(now)) {
                expired++;
                certificateChanged.fire(CertificateStatusChanged.of(c, Certificate.Status.VALID));
                audit.record("certification.expired", null, "certificate:" + c.number(),
                        Map.of("validUntil", c.validUntil().toString()));
                StructuredLog.event("certification.expired", "certificate", c.number());
            }
        }
        em.flush();
        return expired;
    }
}
