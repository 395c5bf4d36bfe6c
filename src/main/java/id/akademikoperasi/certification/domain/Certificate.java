package id.akademikoperasi.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A certificate issued on an approved application: its number, a random verification code that cannot be guessed,
 * the holder and koperasi as they were named at issue, the validity, the officer who approved, and the evidence
 * snapshot. Later changes to courses or names do not alter it.
 */
@Entity
@Table(name = "crt_certificate")
public class Certificate {

    public enum Status { VALID, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 30)
    private String number;

    @Column(name = "verification_code", nullable = false, length = 40)
    private String verificationCode;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "scheme_code", nullable = false, length = 40)
    private String schemeCode;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    @Column(name = "koperasi_name", nullable = false, length = 200)
    private String koperasiName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "issued_by", nullable = false)
    private long issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String snapshot;

    protected Certificate() {
    }

    public static Certificate issue(String number, String verificationCode, Application application, String holderName,
                                    String koperasiName, Instant at, Instant validUntil, long by) {
        if (application.status() != Application.Status.APPROVED) {
            throw new IllegalStateException("a certificate is issued on an approved application");
        }
        if (!validUntil.isAfter(at)) {
            throw new IllegalArgumentException("valid after it is issued");
        }
        Certificate c = new Certificate();
        c.number = number;
        c.verificationCode = verificationCode;
        c.applicationId = application.id();
        c.accountId = application.accountId();
        c.schemeCode = application.schemeCode();
        c.holderName = holderName;
        c.koperasiName = koperasiName;
        c.issuedAt = at;
        c.validUntil = validUntil;
        c.issuedBy = by;
        c.status = Status.VALID;
        c.snapshot = application.snapshot();
        return c;
    }

    public long id() { return id; }
    public String number() { return number; }
    public String verificationCode() { return verificationCode; }
    public long accountId() { return accountId; }
    public String schemeCode() { return schemeCode; }
    public String holderName() { return holderName; }
    public String koperasiName() { return koperasiName; }
    public Instant issuedAt() { return issuedAt; }
    public Instant validUntil() { return validUntil; }
    public long issuedBy() { return issuedBy; }
    public Status status() { return status; }
}
