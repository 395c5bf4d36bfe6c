package id.akademikoperasi.shared.audit.infrastructure;

import id.akademikoperasi.shared.audit.domain.AuditChain;
import id.akademikoperasi.shared.audit.domain.Verification;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * Verifies the audit chain from a shell, without the application running, against the database named by
 * {@code AK_DB_URL}, {@code AK_DB_USER} and {@code AK_DB_PASSWORD} (defaults as the application's, from
 * {@code META-INF/microprofile-config.properties}). Prints one line and exits 0 when the chain is intact,
 * 1 when it is broken, 2 when the database cannot be read.
 *
 * <pre>{@code
 * AK_DB_URL=jdbc:mariadb://db.internal:3306/akademi AK_DB_USER=auditor AK_DB_PASSWORD=… mvn -q -Paudit-verify
 * # OK Rantai utuh: 1.234 entri, hash terakhir 66c29bbe….
 * }</pre>
 * The same {@link AuditChain} verifier and {@link JdbcAuditChain} reader as the admin page: the command only needs
 * SELECT on {@code aud_entry} and {@code aud_head}. Plain JDBC and the JDK only, so it runs on the build's runtime
 * class path without the server's APIs. Messages come from the application's bundles in the JVM's language.
 */
public final class VerifyAuditChain {

    static final String BUNDLE = "id.akademikoperasi.messages";

    public static void main(String[] args) {
        int status = run(Locale.getDefault());
        // exec:java runs inside Maven: returning normally keeps Maven's own exit code 0
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(Locale locale) {
        Properties defaults = defaults();
        String url = setting("AK_DB_URL", "ak.db.url", defaults);
        String user = setting("AK_DB_USER", "ak.db.user", defaults);
        String password = setting("AK_DB_PASSWORD", "ak.db.password", defaults);
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            Verification result = AuditChain.verify(new JdbcAuditChain(connection), JdbcAuditChain.PAGE);
            System.out.println(line(result, messages, locale));
            return result.intact() ? 0 : 1;
        } catch (SQLException | IllegalStateException e) {
            Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
            System.out.println("ERROR " + new MessageFormat(messages.getString("audit.cli.unreadable"), locale)
                    .format(new Object[]{url, cause.getMessage()}));
            return 2;
        }
    }

    /** "OK …" or "BROKEN …": a word for scripts, then the sentence the admin page shows. */
    static String line(Verification result, ResourceBundle messages, Locale locale) {
        return switch (result) {
            case Verification.Intact ok -> "OK " + new MessageFormat(messages.getString("audit.verify.intact"), locale)
                    .format(new Object[]{ok.entries(), ok.lastHash()});
            case Verification.Broken broken -> "BROKEN " + new MessageFormat(messages.getString("audit.verify.broken"), locale)
                    .format(new Object[]{broken.seq(), messages.getString("audit.problem." + broken.problem().name()),
                            broken.entriesIntact()});
        };
    }

    private static String setting(String environment, String key, Properties defaults) {
        String value = System.getenv(environment);
        return value != null ? value : defaults.getProperty(key, "");
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = VerifyAuditChain.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default settings", e);
        }
        return properties;
    }

    private VerifyAuditChain() {
    }
}
