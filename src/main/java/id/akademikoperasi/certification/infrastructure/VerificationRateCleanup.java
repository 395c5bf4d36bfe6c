package id.akademikoperasi.certification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, deletes the rate-limit counters of minutes that have passed. Each instance of a cluster may run
 * it: deleting what another instance already deleted changes nothing.
 */
@Singleton
public class VerificationRateCleanup {

    private static final Logger LOG = Logger.getLogger(VerificationRateCleanup.class.getName());

    @Inject
    private VerificationRateLimit rateLimit;

    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false)
    public void forgetPastWindows() {
        try {
            rateLimit.forgetPastWindows();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deleting past verification rate-limit windows failed; the next run tries again", e);
        }
    }
}
