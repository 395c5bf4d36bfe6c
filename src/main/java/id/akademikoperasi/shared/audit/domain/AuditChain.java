package id.akademikoperasi.shared.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the hash chain: how an entry's hash is computed, how the next entry follows the head, and how a
 * stored chain is verified — page by page, so a national log of millions of entries never sits in memory at once.
 *
 * <pre>{@code
 * AuditEntry next = AuditChain.next(head, clock.instant(), "certification.approved", officerId,
 *         "application:42", CanonicalJson.write(Map.of("certificate", "AK/6474/2026/000001")));
 * Verification result = AuditChain.verify(source, 1000);   // Intact(entries, lastHash) or Broken(seq, problem, …)
 * }</pre>
 *
 * <h2>The hash of an entry (format {@value #FORMAT})</h2>
 * An outside auditor can recompute every hash from the table {@code aud_entry} with this description alone.
 * The hash is the lowercase hexadecimal SHA-256 of these bytes:
 * <pre>
 * "AK-AUDIT-1" LF
 * field(prev_hash) field(seq) field(occurred_at) field(type) field(actor) field(subject) field(details)
 *
 * field(x) = decimal ASCII of the number of UTF-8 bytes of x, ":", the UTF-8 bytes of x, LF      (LF = 0x0A)
 * </pre>
 * <ul>
 *   <li>{@code prev_hash}: the stored 64 lowercase hex digits; for seq 1 sixty-four {@code 0}s ({@link #GENESIS});</li>
 *   <li>{@code seq}: decimal, no sign, no leading zeros;</li>
 *   <li>{@code occurred_at}: UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, always six fraction digits
 *       (the {@code DATETIME(6)} column holds the same UTC wall-clock time);</li>
 *   <li>{@code actor}: the account id in decimal, or the empty string when the system acted ({@code NULL});</li>
 *   <li>{@code type}, {@code subject}, {@code details}: the stored text exactly (details is canonical JSON,
 *       see {@link CanonicalJson}, but is hashed as text and never re-serialised).</li>
 * </ul>
 * The length prefix makes the layout unambiguous whatever the fields contain. Example: the entry
 * seq 1, 2026-01-02T03:04:05.000006Z, {@code certification.applied}, actor 7, {@code application:42},
 * {@code {"scheme":"CALON_PENGURUS"}} hashes these 192 bytes
 * <pre>
 * AK-AUDIT-1
 * 64:0000000000000000000000000000000000000000000000000000000000000000
 * 1:1
 * 27:2026-01-02T03:04:05.000006Z
 * 21:certification.applied
 * 1:7
 * 14:application:42
 * 27:{"scheme":"CALON_PENGURUS"}
 * </pre>
 * (each line ending in LF) to {@code 66c29bbe3a5e282ec1bca33e096ca2aea4d6083724b6dbaaf8e1ebf300742c95}
 * ({@code printf … | sha256sum} gives the same; {@code AuditChainTest} pins it).
 *
 * <h2>Verification</h2>
 * Entries are read in ascending seq; the first of these that fails names the broken entry:
 * a seq that is not the previous one plus one ({@link Verification.Problem#MISSING MISSING} for a gap,
 * {@link Verification.Problem#OUT_OF_ORDER OUT_OF_ORDER} for a repeat); a hash that does not match the fields
 * ({@link Verification.Problem#EDITED EDITED}); a prev_hash that is not the previous entry's hash
 * ({@link Verification.Problem#LINK_BROKEN LINK_BROKEN}). Finally the head must name the last entry and its hash
 * ({@link Verification.Problem#TAIL_MISSING TAIL_MISSING}, {@link Verification.Problem#HEAD_BEHIND HEAD_BEHIND},
 * {@link Verification.Problem#HEAD_MISMATCH HEAD_MISMATCH}).
 */
public final class AuditChain {

    public static final String FORMAT = "AK-AUDIT-1";
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    /** Where verification reads the stored chain from: the head, and entries in ascending seq. */
    public interface Source {
        ChainHead head();

        /** Up to {@code limit} entries with a seq above {@code seq}, ascending. */
        List<AuditEntry> after(long seq, int limit);
    }

    /** The entry that follows the head (its seq, prev_hash and hash); the time is cut to microseconds as stored. */
    public static AuditEntry next(ChainHead head, Instant occurredAt, String type, Long actorAccountId, String subject,
                                  String details) {
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        long seq = head.lastSeq() + 1;
        String hash = hash(head.lastHash(), seq, at, type, actorAccountId, subject, details);
        return new AuditEntry(seq, at, type, actorAccountId, subject, details, head.lastHash(), hash);
    }

    /** The hash of an entry with these fields, as laid out in the class comment. */
    public static String hash(String prevHash, long seq, Instant occurredAt, String type, Long actorAccountId,
                              String subject, String details) {
        MessageDigest sha256 = sha256();
        sha256.update((FORMAT + "\n").getBytes(StandardCharsets.US_ASCII));
        field(sha256, prevHash);
        field(sha256, Long.toString(seq));
        field(sha256, timestamp(occurredAt));
        field(sha256, type);
        field(sha256, actorAccountId == null ? "" : Long.toString(actorAccountId));
        field(sha256, subject);
        field(sha256, details);
        return HEX.formatHex(sha256.digest());
    }

    /** The hash the entry should carry, recomputed from its fields. */
    public static String hashOf(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), e.subject(), e.details());
    }

    /** {@code occurred_at} as hashed: UTC, six fraction digits. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Verifies the whole stored chain, reading {@code pageSize} entries at a time. */
    public static Verification verify(Source source, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
        Verifier verifier = new Verifier();
        // The head is read before the entries: every entry it counts was committed with it, so a shorter chain is a
        // deleted tail. Entries beyond it may be appends that happened while we read; then the head is read again
        // (it only grows) and the new entries are read too, until the two meet.
        ChainHead head = source.head();
        for (int round = 0; round < 10_000; round++) {
            List<AuditEntry> page;
            do {
                page = source.after(verifier.lastSeq(), pageSize);
                for (AuditEntry entry : page) {
                    if (!verifier.accept(entry)) {
                        return verifier.finish(head);
                    }
                }
            } while (page.size() == pageSize);
            if (verifier.lastSeq() <= head.lastSeq()) {
                return verifier.finish(head);
            }
            ChainHead again = source.head();
            if (again.lastSeq() < verifier.lastSeq()) {
                return verifier.finish(again);
            }
            head = again;
        }
        throw new IllegalStateException("the audit log kept growing faster than it could be verified");
    }

    /**
     * Verifies entries fed one at a time in ascending seq, keeping only the last one: the streaming core of
     * {@link #verify(Source, int)}, usable on its own (an export, a test).
     */
    public static final class Verifier {

        private long count;
        private long lastSeq;
        private String lastHash = GENESIS;
        private Verification.Broken broken;

        /** Checks the next entry; {@code false} once the chain is broken (later entries are ignored). */
        public boolean accept(AuditEntry entry) {
            if (broken != null) {
                return false;
            }
            long expected = lastSeq + 1;
            if (entry.seq() < expected) {
                return fail(entry.seq(), Verification.Problem.OUT_OF_ORDER);
            }
            if (entry.seq() > expected) {
                return fail(expected, Verification.Problem.MISSING);
            }
            if (!hashOf(entry).equals(entry.hash())) {
                return fail(entry.seq(), Verification.Problem.EDITED);
            }
            if (!entry.prevHash().equals(lastHash)) {
                return fail(entry.seq(), Verification.Problem.LINK_BROKEN);
            }
            count++;
            lastSeq = entry.seq();
            lastHash = entry.hash();
            return true;
        }

        /** The outcome, once every entry was fed: the chain must end where the head says. */
        public Verification finish(ChainHead head) {
            if (broken != null) {
                return broken;
            }
            if (head.lastSeq() > lastSeq) {
                return new Verification.Broken(lastSeq + 1, Verification.Problem.TAIL_MISSING, count);
            }
            if (head.lastSeq() < lastSeq) {
                return new Verification.Broken(head.lastSeq() + 1, Verification.Problem.HEAD_BEHIND, count);
            }
            if (!head.lastHash().equals(lastHash)) {
                return new Verification.Broken(lastSeq, Verification.Problem.HEAD_MISMATCH, count);
            }
            return new Verification.Intact(count, lastHash);
        }

        public long lastSeq() {
            return lastSeq;
        }

        private boolean fail(long seq, Verification.Problem problem) {
            broken = new Verification.Broken(seq, problem, count);
            return false;
        }
    }

    /** Strings go into the hash as UTF-8: a lone surrogate would be stored as '?' and never verify again. */
    public static void requireWellFormed(String s, String what) {
        Objects.requireNonNull(s, what);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " has a lone surrogate at " + i);
            }
        }
    }

    private static void field(MessageDigest sha256, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
        sha256.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private AuditChain() {
    }
}
