package id.akademikoperasi.shared.audit.application;

import id.akademikoperasi.shared.audit.domain.AuditChain;
import id.akademikoperasi.shared.audit.domain.AuditEntry;
import id.akademikoperasi.shared.audit.domain.CanonicalJson;
import id.akademikoperasi.shared.audit.domain.ChainHead;
import id.akademikoperasi.shared.audit.domain.Verification;
import id.akademikoperasi.shared.audit.infrastructure.JdbcAuditChain;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The append-only, hash-chained audit log that certification and nominations write their decisions to.
 *
 * <pre>{@code
 * @Transactional
 * public String approve(Actor officer, long applicationId) {
 *     ...                                                  // the decision itself
 *     auditLog.record("certification.approved", officer.accountId(), "application:" + a.id(),
 *             Map.of("certificate", number, "scheme", a.schemeCode()));
 *     return number;
 * }
 * // a scheduled job acts as the system: actor null
 * auditLog.record("certification.expired", null, "certificate:" + number, Map.of("validUntil", until));
 * }</pre>
 *
 * {@link #record} only runs inside the caller's transaction and commits or rolls back with it: a decision without
 * its entry, or an entry without its decision, cannot happen. It locks the chain's head row until that transaction
 * ends (so instances take turns and the chain never forks): call it as the last step of the transaction.
 * {@link #verify} and the listing are for the system admin.
 */
@ApplicationScoped
public class AuditLog {

    public static final int MAX_TYPE = 100;
    public static final int MAX_SUBJECT = 200;
    /** Details are facts and ids, not documents: the snapshot of a certificate belongs in the certificate. */
    public static final int MAX_DETAILS = 60_000;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-zA-Z0-9_]*(\\.[a-zA-Z0-9_]+)+");

    /** One entry as the admin page shows it. */
    public record Line(long seq, Instant occurredAt, String type, Long actorAccountId, String actorName, String subject,
                       String details) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Appends an entry in the caller's transaction (there must be one).
     *
     * @param type           what happened, dotted, context first: {@code certification.approved}
     * @param actorAccountId who decided; {@code null} when the system acted
     * @param subject        what it happened to, {@code kind:id}: {@code application:42}, {@code certificate:AK/6474/2026/000001}
     * @param details        facts worth keeping (ids, codes, reasons; no NIK or other personal data), stored as
     *                       canonical JSON; {@code null} for none. Typed free text goes in as its {@link #fingerprint}
     * @return the entry as stored, with its seq and hash
     * @throws IllegalArgumentException when the type, subject or details break the rules above (a programming error)
     */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(String type, Long actorAccountId, String subject, Map<String, ?> details) {
        if (type == null || type.length() > MAX_TYPE || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("audit type must be dotted lowercase-first words: " + type);
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("audit subject must be 1 to " + MAX_SUBJECT + " printable characters: " + subject);
        }
        AuditChain.requireWellFormed(subject, "audit subject");
        String json = CanonicalJson.write(details);
        if (json.length() > MAX_DETAILS) {
            throw new IllegalArgumentException("audit details longer than " + MAX_DETAILS + " characters");
        }
        // The row lock is held until the caller commits: the next append, from any instance, waits for it and so
        // always sees the entry this one wrote (or, after a rollback, the same head again: seq stays gapless).
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM aud_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        ChainHead current = new ChainHead(head[0] == null ? 0 : ((Number) head[0]).longValue(), (String) head[1]);
        AuditEntry entry = AuditChain.next(current, clock.instant(), type, actorAccountId, subject, json);
        em.createNativeQuery("INSERT INTO aud_entry (seq, occurred_at, type, actor_account_id, subject, details, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, entry.seq())
                .setParameter(2, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .setParameter(3, entry.type())
                .setParameter(4, entry.actorAccountId())
                .setParameter(5, entry.subject())
                .setParameter(6, entry.details())
                .setParameter(7, entry.prevHash())
                .setParameter(8, entry.hash())
                .executeUpdate();
        em.createNativeQuery("UPDATE aud_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, entry.seq()).setParameter(2, entry.hash()).executeUpdate();
        return entry;
    }

    /**
     * What goes into the details for a text a person typed (a revocation reason, a question to the member, a
     * rejection note): its SHA-256, not the text. Such text may name people or offences, and the chain can never be
     * corrected or erased; the text itself stays in its record, where it can be, and the fingerprint proves which
     * text the decision carried.
     */
    public static String fingerprint(String typedText) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(typedText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Verifies the whole chain, page by page, outside any transaction (a long read holds no locks and cannot time
     * out a transaction); appends that happen meanwhile are followed.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public Verification verify(Actor actor) {
        actor.require(Role.SYSADMIN);
        try (Connection connection = dataSource.getConnection()) {
            Verification result = AuditChain.verify(new JdbcAuditChain(connection), JdbcAuditChain.PAGE);
            switch (result) {
                case Verification.Intact ok -> StructuredLog.event("audit.verified", "by", actor.accountId(),
                        "entries", ok.entries(), "lastHash", ok.lastHash());
                case Verification.Broken broken -> StructuredLog.event("audit.broken", "by", actor.accountId(),
                        "seq", broken.seq(), "problem", broken.problem().name());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
    }

    /** How many entries match; without a filter the head says so at once. */
    public long count(Actor actor, String typePrefix, String subject) {
        actor.require(Role.SYSADMIN);
        if (blank(typePrefix) && blank(subject)) {
            Object last = em.createNativeQuery("SELECT last_seq FROM aud_head WHERE id = 1").getSingleResult();
            return last == null ? 0 : ((Number) last).longValue();
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM aud_entry e WHERE " + FILTER)
                .setParameter(1, like(typePrefix)).setParameter(2, exact(subject)).setParameter(3, exact(subject))
                .getSingleResult()).longValue();
    }

    /** Entries newest first, optionally only those whose type starts with {@code typePrefix} or with this subject. */
    public List<Line> recent(Actor actor, String typePrefix, String subject, int first, int pageSize) {
        actor.require(Role.SYSADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.seq, e.occurred_at, e.type, e.actor_account_id, x.display_name, "
                        + "e.subject, e.details FROM aud_entry e LEFT JOIN idn_account x ON x.id = e.actor_account_id WHERE "
                        + FILTER + " ORDER BY e.seq DESC LIMIT ? OFFSET ?")
                .setParameter(1, like(typePrefix)).setParameter(2, exact(subject)).setParameter(3, exact(subject))
                .setParameter(4, Math.min(Math.max(pageSize, 1), 100)).setParameter(5, Math.max(first, 0))
                .getResultList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            lines.add(new Line(((Number) r[0]).longValue(), SqlValues.utcInstant(r[1]), (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6]));
        }
        return lines;
    }

    private static final String FILTER = "e.type LIKE ? AND (? = '' OR e.subject = ?)";

    private static String like(String prefix) {
        // a prefix, typed by the admin: LIKE's wildcards in it are meant literally
        return blank(prefix) ? "%" : prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String exact(String value) {
        return blank(value) ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
