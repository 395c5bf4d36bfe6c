package id.akademikoperasi.shared.audit.domain;

import java.io.Serializable;

/** What verifying the chain found: intact, or where it first breaks and how. */
public sealed interface Verification extends Serializable {

    boolean intact();

    /** Every entry and the head agree. */
    record Intact(long entries, String lastHash) implements Verification {
        @Override
        public boolean intact() {
            return true;
        }
    }

    /**
     * The first place where the chain breaks; entries before {@code seq} were verified ({@code entriesIntact} of them).
     * Nothing after it is looked at: once a link is broken, what follows cannot be trusted either.
     */
    record Broken(long seq, Problem problem, long entriesIntact) implements Verification {
        @Override
        public boolean intact() {
            return false;
        }
    }

    enum Problem {
        /** The entry's hash does not match its fields: a field (or the hash) was changed. */
        EDITED,
        /** The entry's prev_hash is not the hash of the entry before it: that entry was replaced or rewritten. */
        LINK_BROKEN,
        /** The entry with this seq is missing (the next one present has a higher seq): deleted. */
        MISSING,
        /** An entry with this seq came again or out of order: inserted. */
        OUT_OF_ORDER,
        /** The head names a later entry than the last one present: entries at the end were deleted. */
        TAIL_MISSING,
        /** Entries exist beyond the one the head names: appended around the log. */
        HEAD_BEHIND,
        /** The head's hash is not the last entry's hash: the last entry or the head was rewritten. */
        HEAD_MISMATCH
    }
}
