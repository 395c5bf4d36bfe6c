package id.akademikoperasi.certification.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

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

    public enum Status { VALID, EXPIRED, REVOKED }

    /** What anyone checking the certificate is told; UNKNOWN is for codes that match nothing. */
    public enum PublicStatus { VALID, EXPIRED, REVOKED, UNKNOWN }

    public static final int MAX_REVOKE_REASON = 1000;

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
    private Long applicationId;

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

    @Column(name = "scheme_name_id", nullable = false, length = 200)
    private String schemeNameId;

    @Column(name = "scheme_name_en", nullable = false, length = 200)
    private String schemeNameEn;

    @Column(name = "issued_by_name", nullable = false, length = 100)
    private String issuedByName;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason", length = MAX_REVOKE_REASON)
    private String revokeReason;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "renews_certificate_id")
    private Long renewsCertificateId;

    protected Certificate() {
    }

    /** Names frozen on the certificate as they read when it was issued. */
    public record Names(String holder, String koperasi, String schemeId, String schemeEn, String officer) {
    }

    public static Certificate issue(String number, String verificationCode, Application application, Names names,
                                    Instant at, Instant validUntil, long by) {
        if (application.status() != Application.Status.APPROVED) {
            throw new IllegalStateException("a certificate is issued on an approved application");
        }
        if (!validUntil.isAfter(at)) {
            throw new IllegalArgumentException("valid after it is issued");
        }
        Certificate c = new Certificate();
        c.number = number;
        c.verificationCode = verificationCode;
        c.applicationId = application.persistentId();
        c.accountId = application.accountId();
        c.schemeCode = application.schemeCode();
        c.holderName = names.holder();
        c.koperasiName = names.koperasi();
        c.schemeNameId = names.schemeId();
        c.schemeNameEn = names.schemeEn();
        c.issuedByName = names.officer();
        c.regionCode = application.regionCode();
        c.renewsCertificateId = application.renewsCertificateId();
        c.issuedAt = at;
        c.validUntil = validUntil;
        c.issuedBy = by;
        c.status = Status.VALID;
        c.snapshot = application.snapshot();
        return c;
    }

    /** An officer withdraws the certificate at once; the reason is kept and shown to the holder. */
    public void revoke(long by, Instant at, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RuleRefusal("reasonRequired");
        }
        if (text.length() > MAX_REVOKE_REASON) {
            throw new RuleRefusal("reasonTooLong");
        }
        if (status == Status.REVOKED) {
            throw new RuleRefusal("alreadyRevoked");
        }
        status = Status.REVOKED;
        revokedAt = at;
        revokedBy = by;
        revokeReason = text;
    }

    /** The expiry job's step: a valid certificate whose end has passed becomes EXPIRED; anything else stays. */
    public boolean expireIfDue(Instant now) {
        if (status != Status.VALID || now.isBefore(validUntil)) {
            return false;
        }
        status = Status.EXPIRED;
        expiredAt = now;
        return true;
    }

    /** What the public page says now: the end date counts even before the expiry job has run. */
    public PublicStatus publicStatus(Instant now) {
        return publicStatus(status, validUntil, now);
    }

    public static PublicStatus publicStatus(Status status, Instant validUntil, Instant now) {
        if (status == Status.REVOKED) {
            return PublicStatus.REVOKED;
        }
        return status == Status.EXPIRED || !now.isBefore(validUntil) ? PublicStatus.EXPIRED : PublicStatus.VALID;
    }

    /** Whether a recertification may be applied for now: valid, and within the window before its end. */
    public boolean inRecertificationWindow(Instant now, int windowMonths, java.time.ZoneId zone) {
        if (publicStatus(now) != PublicStatus.VALID) {
            return false;
        }
        Instant opens = java.time.ZonedDateTime.ofInstant(validUntil, zone).minusMonths(windowMonths).toInstant();
        return !now.isBefore(opens);
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
    public Long applicationId() { return applicationId; }
    public String snapshot() { return snapshot; }
    public String schemeName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? schemeNameEn : schemeNameId;
    }
    public String issuedByName() { return issuedByName; }
    public String regionCode() { return regionCode; }
    public Instant revokedAt() { return revokedAt; }
    public Long revokedBy() { return revokedBy; }
    public String revokeReason() { return revokeReason; }
    public Instant expiredAt() { return expiredAt; }
    public Long renewsCertificateId() { return renewsCertificateId; }
}
