package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;

import java.time.Instant;

/**
 * A certificate was issued ({@code from} is {@code null}), revoked or expired. Fired inside the changing transaction,
 * so counts of certificates per region (the office dashboards) change with it or not at all.
 */
public record CertificateStatusChanged(long certificateId, String regionCode, String schemeCode, Instant issuedAt,
                                       Instant validUntil, Certificate.Status from, Certificate.Status to) {

    public static CertificateStatusChanged of(Certificate c, Certificate.Status from) {
        return new CertificateStatusChanged(c.id(), c.regionCode(), c.schemeCode(), c.issuedAt(), c.validUntil(), from,
                c.status());
    }
}
