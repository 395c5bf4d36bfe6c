package id.akademikoperasi.shared.audit.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log as it is stored: its place in the chain ({@code seq}, {@code prevHash}), what happened,
 * and its own {@code hash}. Nothing here is trusted when verifying: {@link AuditChain} recomputes the hash from the
 * other fields.
 *
 * @param seq            1, 2, 3, … without gaps
 * @param occurredAt     when, to the microsecond (stored as UTC)
 * @param type           what happened, e.g. {@code certification.applied}
 * @param actorAccountId who did it; {@code null} for the system (a scheduled job)
 * @param subject        what it happened to, e.g. {@code application:42}
 * @param details        canonical JSON text ({@link CanonicalJson}), hashed exactly as stored
 * @param prevHash       the hash of entry {@code seq - 1}, or {@link AuditChain#GENESIS} for the first entry
 * @param hash           lowercase hex SHA-256, see {@link AuditChain#hash}
 */
public record AuditEntry(long seq, Instant occurredAt, String type, Long actorAccountId, String subject, String details,
                         String prevHash, String hash) implements Serializable {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
