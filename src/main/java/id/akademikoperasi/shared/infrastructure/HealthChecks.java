package id.akademikoperasi.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code /health/live} and {@code /health/ready}: ready only once the schema is migrated and the database answers. */
@ApplicationScoped
public class HealthChecks {

    @Inject
    private DatabaseMigrator migrator;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {
        @Inject
        private HealthChecks checks;

        @Override
        public HealthCheckResponse call() {
            return checks.database();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("akademi");
        }
    }

    HealthCheckResponse database() {
        if (!migrator.isMigrated()) {
            return HealthCheckResponse.named("database").down().withData("migrated", false).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database").status(valid).withData("migrated", true).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
