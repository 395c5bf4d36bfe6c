package id.akademikoperasi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Locks a login for a while after repeated failures. The counters live in the database, so every app instance
 * behind a load balancer sees the same lock; logins are stored as SHA-256, never in clear.
 *
 * <pre>{@code
 * if (throttle.lockedUntil(login).isPresent()) { ...refuse... }
 * throttle.recordFailure(login);   // the fifth failure within the window locks for 15 minutes
 * }</pre>
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ak.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ak.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public Optional<Instant> lockedUntil(String login) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM idn_login_throttle WHERE login_key = ?")
                .setParameter(1, key(login)).getResultList();
        Instant now = clock.instant();
        return rows.stream().filter(r -> r != null).map(r -> SqlValues.instant(r)).filter(until -> until.isAfter(now)).findFirst();
    }

    /** Counts a failure in its own transaction (the failed login itself writes nothing) and locks at the limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String login) {
        String key = key(login);
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(Duration.ofMinutes(lockMinutes)));
        em.createNativeQuery("""
                INSERT INTO idn_login_throttle (login_key, failures, first_failure, locked_until) VALUES (?1, 1, ?2, NULL)
                ON DUPLICATE KEY UPDATE
                    failures = IF(first_failure < ?3 OR (locked_until IS NOT NULL AND locked_until <= ?2), 1, failures + 1),
                    locked_until = IF(locked_until IS NOT NULL AND locked_until <= ?2, NULL, locked_until),
                    first_failure = IF(failures = 1, ?2, first_failure)""")
                .setParameter(1, key).setParameter(2, Timestamp.from(now)).setParameter(3, windowStart)
                .executeUpdate();
        Instant until = now.plus(Duration.ofMinutes(lockMinutes));
        int locked = em.createNativeQuery("""
                UPDATE idn_login_throttle SET locked_until = ?1
                WHERE login_key = ?2 AND failures >= ?3 AND locked_until IS NULL""")
                .setParameter(1, Timestamp.from(until)).setParameter(2, key).setParameter(3, maxFailures)
                .executeUpdate();
        return locked > 0 ? Optional.of(until) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String login) {
        em.createNativeQuery("DELETE FROM idn_login_throttle WHERE login_key = ?")
                .setParameter(1, key(login)).executeUpdate();
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    static String key(String login) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(login.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
