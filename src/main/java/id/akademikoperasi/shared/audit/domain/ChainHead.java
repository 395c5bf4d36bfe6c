package id.akademikoperasi.shared.audit.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * The one row that says where the chain ends. Appending locks it, so appends from several instances take turns;
 * verifying compares it with the last entry, so a deleted tail is noticed.
 *
 * @param lastSeq  the seq of the last entry, 0 while the log is empty
 * @param lastHash the hash of the last entry, {@link AuditChain#GENESIS} while the log is empty
 */
public record ChainHead(long lastSeq, String lastHash) implements Serializable {

    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);

    public ChainHead {
        Objects.requireNonNull(lastHash, "lastHash");
        if (lastSeq < 0) {
            throw new IllegalArgumentException("lastSeq " + lastSeq);
        }
    }
}
