package id.akademikoperasi.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After the schema is migrated: the demo data, when {@code AK_DEMO_DATA=true}. */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupTasks {

    @Inject
    @ConfigProperty(name = "ak.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    private DemoData demo;

    @PostConstruct
    void run() {
        if (demoData) {
            demo.loadOnce();
        }
    }
}
