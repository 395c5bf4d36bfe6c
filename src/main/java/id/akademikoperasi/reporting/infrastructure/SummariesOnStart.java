package id.akademikoperasi.reporting.infrastructure;

import id.akademikoperasi.reporting.application.TallyRebuild;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Builds the dashboards' summaries at start when they were never built (the first start after the reporting
 * migration, or after bench/generate cleared rpt_state): before the app serves, so no change races the rebuild. An
 * instance that starts while another rebuilds waits for it instead of serving meanwhile.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "StartupTasks"})
@TransactionManagement(TransactionManagementType.BEAN)
public class SummariesOnStart {

    private static final Logger LOG = Logger.getLogger(SummariesOnStart.class.getName());

    @Inject
    private TallyRebuild rebuild;

    @PostConstruct
    void run() {
        long t = System.nanoTime();
        if (rebuild.ensureBuilt()) {
            LOG.info("Reporting summaries rebuilt in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
