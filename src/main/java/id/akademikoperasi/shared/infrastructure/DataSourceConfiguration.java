package id.akademikoperasi.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the application. Values come from MicroProfile Config, so {@code AK_DB_URL},
 * {@code AK_DB_USER} and {@code AK_DB_PASSWORD} in the environment point it at another MariaDB without a rebuild.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=ak.db.url}",
        user = "${MPCONFIG=ak.db.user}",
        password = "${MPCONFIG=ak.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
// No connection-leak timeout: Payara's leak detector records a stack trace on every checkout, which cost a
// quarter of the CPU of a lesson page under load (seen in thread dumps of bench/lesson-page.sh).
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/akademi";
}
