package id.akademikoperasi.certification.application;

import java.time.Instant;

/**
 * Fired inside the revoking transaction, so that whatever rests on the certificate (a nomination for a board seat)
 * can react in the same unit of work: either both change or neither does.
 */
public record CertificateRevoked(long certificateId, String number, long holderAccountId, String schemeCode,
                                 long revokedBy, Instant at, String reason) {
}
