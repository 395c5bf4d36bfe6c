package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A first-degree blood or marriage relation between two members of a koperasi, as its secretariat recorded it.
 * A pair has no direction: it is kept lower account id first, so "A and B" and "B and A" are the same record and
 * the second is refused as a duplicate; nobody is their own relative.
 *
 * <pre>{@code
 * Kinship k = Kinship.record(koperasiId, wife, husband, Kinship.Relation.SPOUSE, secretariat, clock.instant());
 * em.find(Kinship.class, Kinship.key(koperasiId, husband, wife));   // the same pair
 * }</pre>
 */
@Entity
@Table(name = "nom_kinship")
@IdClass(Kinship.Key.class)
@NamedQueries({
        @NamedQuery(name = "Kinship.ofKoperasi",
                query = "SELECT k FROM Kinship k WHERE k.koperasiId = :koperasi ORDER BY k.recordedAt DESC, k.accountLow")
})
public class Kinship {

    /** First degree only: parent and child, husband and wife, brothers and sisters, parents- and children-in-law. */
    public enum Relation { PARENT_CHILD, SPOUSE, SIBLING, IN_LAW }

    /** The composite key: the koperasi and the pair, lower account id first. */
    public static class Key implements Serializable {
        long koperasiId;
        long accountLow;
        long accountHigh;

        public Key() {
        }

        Key(long koperasiId, long accountLow, long accountHigh) {
            this.koperasiId = koperasiId;
            this.accountLow = accountLow;
            this.accountHigh = accountHigh;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.koperasiId == koperasiId && k.accountLow == accountLow && k.accountHigh == accountHigh;
        }

        @Override
        public int hashCode() {
            return Objects.hash(koperasiId, accountLow, accountHigh);
        }
    }

    @Id
    @Column(name = "koperasi_id")
    private long koperasiId;

    @Id
    @Column(name = "account_low")
    private long accountLow;

    @Id
    @Column(name = "account_high")
    private long accountHigh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relation relation;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Kinship() {
    }

    /**
     * The relation between two members, in either order.
     *
     * @throws RuleRefusal {@code self} when both are the same account, {@code relationMissing} without a relation
     */
    public static Kinship record(long koperasiId, long accountA, long accountB, Relation relation, long by, Instant at) {
        if (accountA == accountB) {
            throw new RuleRefusal("self");
        }
        if (relation == null) {
            throw new RuleRefusal("relationMissing");
        }
        Kinship k = new Kinship();
        k.koperasiId = koperasiId;
        k.accountLow = Math.min(accountA, accountB);
        k.accountHigh = Math.max(accountA, accountB);
        k.relation = relation;
        k.recordedBy = by;
        k.recordedAt = Objects.requireNonNull(at);
        return k;
    }

    /** The key of the pair whichever way round it is named. */
    public static Key key(long koperasiId, long accountA, long accountB) {
        return new Key(koperasiId, Math.min(accountA, accountB), Math.max(accountA, accountB));
    }

    public long koperasiId() { return koperasiId; }
    public long accountLow() { return accountLow; }
    public long accountHigh() { return accountHigh; }
    public Relation relation() { return relation; }
    public long recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
