package id.akademikoperasi.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A person's membership of the koperasi of the kelurahan where they live. A person belongs to one koperasi;
 * the account is named by its id only, so the organisation context does not reach into identity's entities.
 */
@Entity
@Table(name = "org_membership")
@NamedQuery(name = "Membership.ofAccount", query = "SELECT m FROM Membership m WHERE m.accountId = :account")
public class Membership {

    public enum Status { ACTIVE, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(name = "koperasi_id", nullable = false)
    private long koperasiId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Membership() {
    }

    public static Membership join(long accountId, KoperasiId koperasi, Instant at) {
        Membership membership = new Membership();
        membership.accountId = accountId;
        membership.koperasiId = koperasi.value();
        membership.status = Status.ACTIVE;
        membership.joinedAt = at;
        return membership;
    }

    public void end(Instant at) {
        if (status == Status.ENDED) {
            throw new IllegalStateException("membership already ended");
        }
        status = Status.ENDED;
        endedAt = at;
    }

    /** Takes back an ended membership, e.g. when it was ended by mistake or the person rejoins. */
    public void reinstate(Instant at) {
        if (status == Status.ACTIVE) {
            throw new IllegalStateException("membership is active");
        }
        status = Status.ACTIVE;
        endedAt = null;
    }

    public long accountId() {
        return accountId;
    }

    public KoperasiId koperasiId() {
        return KoperasiId.of(koperasiId);
    }

    public Status status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
