package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * A member put forward for a seat, with the decision of the rules: ACCEPTED (resting on a certificate, whose
 * number and verification code are kept for the candidate list) or REFUSED with every failing rule. An accepted
 * nomination may be withdrawn, or turn INELIGIBLE when its certificate is revoked; it is marked elected when the
 * result is recorded.
 */
@Entity
@Table(name = "nom_nomination")
@NamedQueries({
        @NamedQuery(name = "Nomination.ofElection",
                query = "SELECT n FROM Nomination n WHERE n.electionId = :election ORDER BY n.position, n.id")
})
public class Nomination {

    public enum Status { ACCEPTED, REFUSED, WITHDRAWN, INELIGIBLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "election_id", nullable = false)
    private long electionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(length = 4000)
    private String reasons;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "certificate_number", length = 30)
    private String certificateNumber;

    @Column(name = "verification_code", length = 40)
    private String verificationCode;

    @Column(name = "decided_by", nullable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private boolean elected;

    protected Nomination() {
    }

    /** The decision of the rules, refused or accepted, as it is stored. */
    public static Nomination decide(long electionId, long accountId, Position position,
                                    NominationRules.Verdict verdict, long by, Instant at) {
        Nomination n = new Nomination();
        n.electionId = electionId;
        n.accountId = accountId;
        n.position = position;
        n.decidedBy = by;
        n.decidedAt = at;
        if (verdict.eligible()) {
            n.status = Status.ACCEPTED;
            n.certificateId = verdict.certificate().id();
            n.certificateNumber = verdict.certificate().number();
            n.verificationCode = verdict.certificate().verificationCode();
        } else {
            n.status = Status.REFUSED;
            n.reasons = Reasons.write(verdict.failures());
        }
        return n;
    }

    public void withdraw(long by, Instant at) {
        if (status != Status.ACCEPTED) {
            throw new RuleRefusal("notAccepted");
        }
        status = Status.WITHDRAWN;
        withdrawnBy = by;
        endedAt = at;
    }

    /**
     * The certificate it rested on no longer holds, but the candidate still qualifies by another one: the nomination
     * rests on that one from now on (the candidate list prints its number and QR).
     */
    public void restOn(CandidateFacts.HeldCertificate certificate) {
        if (status != Status.ACCEPTED) {
            throw new RuleRefusal("notAccepted");
        }
        certificateId = certificate.id();
        certificateNumber = certificate.number();
        verificationCode = certificate.verificationCode();
    }

    /** A fact the rules read changed after it was accepted (a relation, a village office), and it fails them now. */
    public void turnIneligible(List<Failure> why, Instant at) {
        if (status != Status.ACCEPTED) {
            throw new RuleRefusal("notAccepted");
        }
        if (why.isEmpty()) {
            throw new IllegalArgumentException("an ineligible nomination needs a reason");
        }
        status = Status.INELIGIBLE;
        reasons = Reasons.write(why);
        endedAt = at;
    }

    public void elect() {
        if (status != Status.ACCEPTED) {
            throw new RuleRefusal("notAccepted");
        }
        elected = true;
    }

    public List<Failure> failures() {
        return Reasons.read(reasons);
    }

    public Long id() { return id; }
    public long electionId() { return electionId; }
    public long accountId() { return accountId; }
    public Position position() { return position; }
    public Status status() { return status; }
    public Long certificateId() { return certificateId; }
    public String certificateNumber() { return certificateNumber; }
    public String verificationCode() { return verificationCode; }
    public long decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Instant endedAt() { return endedAt; }
    public boolean elected() { return elected; }
}
