package id.akademikoperasi.nomination.domain;

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
 * A member of the koperasi whom its secretariat recorded as part of the village leadership: such a member may not
 * sit in the pengurus ({@link Rule#PERANGKAT}), though the pengawas and the managers are open to them. One record
 * per member and koperasi.
 *
 * <pre>{@code
 * em.persist(VillageOfficial.record(koperasiId, memberId, VillageOfficial.Office.BPD, secretariat, clock.instant()));
 * }</pre>
 */
@Entity
@Table(name = "nom_village_official")
@IdClass(VillageOfficial.Key.class)
@NamedQueries({
        @NamedQuery(name = "VillageOfficial.ofKoperasi",
                query = "SELECT v FROM VillageOfficial v WHERE v.koperasiId = :koperasi ORDER BY v.recordedAt DESC, v.accountId")
})
public class VillageOfficial {

    /** Lurah or kepala desa, perangkat kelurahan/desa, or a member of the Badan Permusyawaratan Desa. */
    public enum Office { LURAH, PERANGKAT, BPD }

    /** The composite key: the koperasi and the member. */
    public static class Key implements Serializable {
        long koperasiId;
        long accountId;

        public Key() {
        }

        public Key(long koperasiId, long accountId) {
            this.koperasiId = koperasiId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.koperasiId == koperasiId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(koperasiId, accountId);
        }
    }

    @Id
    @Column(name = "koperasi_id")
    private long koperasiId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Office office;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected VillageOfficial() {
    }

    /** @throws IllegalArgumentException without an office (the service asks for one at the field first) */
    public static VillageOfficial record(long koperasiId, long accountId, Office office, long by, Instant at) {
        VillageOfficial v = new VillageOfficial();
        v.koperasiId = koperasiId;
        v.accountId = accountId;
        v.office = Objects.requireNonNull(office, "office");
        v.recordedBy = by;
        v.recordedAt = Objects.requireNonNull(at);
        return v;
    }

    public long koperasiId() { return koperasiId; }
    public long accountId() { return accountId; }
    public Office office() { return office; }
    public long recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
