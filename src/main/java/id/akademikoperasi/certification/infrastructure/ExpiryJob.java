package id.akademikoperasi.certification.infrastructure;

import id.akademikoperasi.certification.application.CertificateExpiry;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, a few minutes past, certificates whose end has come are marked EXPIRED (in batches of 500). */
@Singleton
public class ExpiryJob {

    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    @Inject
    private CertificateExpiry expiry;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void expire() {
        int total = 0;
        int done;
        try {
            do {
                done = expiry.expireDue(BATCH);
                total += done;
            } while (done == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "expiring certificates failed after " + total + "; the next run goes on", e);
        }
        if (total > 0) {
            StructuredLog.event("certification.expiryRun", "expired", total);
        }
    }
}
