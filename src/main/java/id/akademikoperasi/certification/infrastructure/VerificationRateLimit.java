package id.akademikoperasi.certification.infrastructure;

import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How often one client may check certificates: {@code ak.verify.rate-limit} requests per minute over the public
 * page and the API together (0 turns it off). A fixed window per client and minute, counted in the database
 * ({@code crt_verify_rate}) so that every instance behind a load balancer counts the same requests and a restart
 * forgets nothing.
 *
 * <pre>{@code
 * OptionalLong wait = rateLimit.secondsToWait(request);   // counts this request
 * if (wait.isPresent()) { ...answer 429 with Retry-After: wait.getAsLong()... }
 * }</pre>
 *
 * <p>The client is the remote address, or, behind a load balancer, the last entry of the header named in
 * {@code ak.verify.client-header} (the address the balancer itself saw). That header is trusted only when configured:
 * anyone can send it to an app that is reachable directly.
 */
@ApplicationScoped
public class VerificationRateLimit {

    static final long WINDOW_SECONDS = 60;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ak.verify.rate-limit", defaultValue = "60")
    int perMinute;

    @Inject
    @ConfigProperty(name = "ak.verify.client-header")
    Optional<String> clientHeader;

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Counts the request; empty while the client is within the limit, else the seconds until its next window. */
    public OptionalLong secondsToWait(HttpServletRequest request) {
        if (!enabled()) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond();
        long window = now / WINDOW_SECONDS;
        String key = key(client(request, clientHeader.orElse(null)));
        int hits;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement count = c.prepareStatement("""
                    INSERT INTO crt_verify_rate (client_key, window_start, hits) VALUES (?, ?, 1)
                    ON DUPLICATE KEY UPDATE hits = hits + 1""")) {
                count.setString(1, key);
                count.setLong(2, window);
                count.executeUpdate();
            }
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT hits FROM crt_verify_rate WHERE client_key = ? AND window_start = ?")) {
                read.setString(1, key);
                read.setLong(2, window);
                try (ResultSet r = read.executeQuery()) {
                    hits = r.next() ? r.getInt(1) : 1;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count a verification request", e);
        }
        return hits <= perMinute ? OptionalLong.empty() : OptionalLong.of(secondsLeft(now));
    }

    /** Forgets the windows that have ended; run every few minutes by {@link VerificationRateCleanup}. */
    public int forgetPastWindows() {
        long current = clock.instant().getEpochSecond() / WINDOW_SECONDS;
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM crt_verify_rate WHERE window_start < ?")) {
            delete.setLong(1, current);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete past verification windows", e);
        }
    }

    static long secondsLeft(long epochSecond) {
        return WINDOW_SECONDS - epochSecond % WINDOW_SECONDS;
    }

    /** The remote address, or the last address in the trusted proxy header when one is configured and present. */
    static String client(HttpServletRequest request, String trustedHeader) {
        if (trustedHeader != null && !trustedHeader.isBlank()) {
            String forwarded = request.getHeader(trustedHeader);
            if (forwarded != null) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }

    /** Addresses are personal data: only a hash is stored, and only for the current minute. */
    static String key(String client) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(client.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
