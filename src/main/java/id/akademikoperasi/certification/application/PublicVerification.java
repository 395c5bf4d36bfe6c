package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.Certificate.PublicStatus;
import id.akademikoperasi.certification.domain.VerificationCode;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The public check of a certificate by its verification code, for anyone without logging in (the page {@code /v/{code}}
 * and {@code GET /api/v1/certificates/{code}}).
 *
 * <pre>{@code
 * CertificateCheck check = verification.check(" abcd-2345-efgh-6789 ");
 * check.status();   // VALID, EXPIRED, REVOKED, or UNKNOWN for anything that matches no certificate
 * }</pre>
 *
 * <p>Every check reads the row again, so a revocation or an expiry shows on every instance at once: there is no cache
 * to evict. It is one indexed single-row read (the unique verification code) in plain JDBC and in no transaction: the
 * busiest public address should not pay for an entity, a persistence context or a JTA transaction it does not need.
 * Input that cannot be a code answers UNKNOWN without reading anything; the answer is the same as for a well-formed
 * code that matches nothing.
 */
@ApplicationScoped
public class PublicVerification {

    static final String QUERY = """
            SELECT c.number, c.status, c.holder_name, c.koperasi_name, c.scheme_name_id, c.scheme_name_en,
                   c.issued_at, c.valid_until, c.issued_by_name, c.revoked_at, r.name
            FROM crt_certificate c
            LEFT JOIN org_region r ON r.code = SUBSTRING_INDEX(c.region_code, '.', 2)
            WHERE c.verification_code = ?""";

    /** The office that verifies, before the name of its city: "DKUMPP Kota Bontang". */
    static final String OFFICE = "DKUMPP";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public CertificateCheck check(String input) {
        return VerificationCode.normalise(input).map(this::read).orElse(CertificateCheck.unknown());
    }

    private CertificateCheck read(String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(QUERY)) {
            q.setString(1, code);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return CertificateCheck.unknown();
                }
                Instant validUntil = SqlValues.instant(r.getTimestamp(8));
                PublicStatus status = Certificate.publicStatus(Certificate.Status.valueOf(r.getString(2)), validUntil,
                        clock.instant());
                String city = r.getString(11);
                return new CertificateCheck(status, code, r.getString(1), r.getString(3), r.getString(5),
                        r.getString(6), r.getString(4), date(SqlValues.instant(r.getTimestamp(7))), date(validUntil),
                        city == null ? OFFICE : OFFICE + " " + city, r.getString(9),
                        status == PublicStatus.REVOKED ? date(SqlValues.instant(r.getTimestamp(10))) : null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read certificate for verification", e);
        }
    }

    static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.OFFICE_ZONE).toLocalDate();
    }
}
