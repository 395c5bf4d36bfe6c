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
 * Marks certificates whose validity has ended as EXPIRED, one per transaction. Several app instances may run the
 * job at the same moment: each takes a row no other holds ({@code SKIP LOCKED}), so none is expired twice.
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

    /** This bean through its proxy, so that each certificate is expired in a transaction of its own. */
    @Inject
    private CertificateExpiry self;

    /**
     * Expires up to {@code max} due certificates, oldest end first, each in its own transaction, and returns how many
     * it expired. One certificate per transaction takes its region's summary rows and then the audit head, in the
     * same order as an officer's approval or revocation does, so the job never deadlocks with them (a batch that
     * held the summary rows of many regions at once could, and InnoDB would make the officer's small transaction
     * the victim). A certificate that fails stops the run; the ones before it stay expired.
     */
    public int expireDue(int max) {
        int expired = 0;
        while (expired < max && self.expireNext()) {
            expired++;
        }
        return expired;
    }

    /** Expires the oldest due certificate no other instance is expiring; false when none is due. */
    @Transactional
    public boolean expireNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM crt_certificate WHERE status = 'VALID' AND valid_until <= ? "
                        + "ORDER BY valid_until, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        Certificate c = em.find(Certificate.class, ids.getFirst().longValue());
        if (!c.expireIfDue(now)) {
            return false;   // not reached: the row was selected as VALID and due, under its lock
        }
        em.flush();
        certificateChanged.fire(CertificateStatusChanged.of(c, Certificate.Status.VALID));
        audit.record("certification.expired", null, "certificate:" + c.number(),
                Map.of("validUntil", c.validUntil().toString()));
        StructuredLog.event("certification.expired", "certificate", c.number());
        return true;
    }
}
