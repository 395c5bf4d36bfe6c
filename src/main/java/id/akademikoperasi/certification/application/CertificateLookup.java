package id.akademikoperasi.certification.application;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Read-only facts about the certificates people hold, for contexts that rest decisions on them (nominations):
 * no entity leaves the certification context. No actor: the caller has already checked who may ask.
 *
 * <pre>{@code
 * for (HeldCertificate c : lookup.heldBy(accountId)) {
 *     if (c.schemePositions().contains("PENGURUS") && c.status().equals("VALID")) ...
 * }
 * }</pre>
 */
@ApplicationScoped
public class CertificateLookup {

    /**
     * One certificate with what its scheme qualifies for and what the holder declared in the application it was
     * issued on.
     *
     * @param status          as stored: VALID, EXPIRED or REVOKED (a VALID one may still be past its end date)
     * @param schemePositions PENGURUS, PENGAWAS, MANAJER, BENDAHARA_USP, as the scheme lists them now
     * @param declarations    NO_KINSHIP, NOT_PERANGKAT, DATA_TRUE as signed
     * @param relatives       the relatives on a board the holder named; {@code null} for none
     */
    public record HeldCertificate(long id, long accountId, String number, String verificationCode, String schemeCode,
                                  String schemeNameId, String schemeNameEn, Set<String> schemePositions, String status,
                                  Instant validUntil, Set<String> declarations, String relatives) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    /** Every certificate the account holds, newest first, whatever its status. */
    public List<HeldCertificate> heldBy(long accountId) {
        return heldBy(List.of(accountId));
    }

    /** The certificates of several accounts at once (a list of nominees), newest first. */
    public List<HeldCertificate> heldBy(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        String in = accountIds.stream().map(id -> Long.toString(id)).distinct().collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.account_id, c.number, c.verification_code, c.scheme_code, c.scheme_name_id, c.scheme_name_en,
                       s.positions, c.status, c.valid_until, a.declarations, a.relatives
                FROM crt_certificate c JOIN crt_scheme s ON s.code = c.scheme_code
                     JOIN crt_application a ON a.id = c.application_id
                WHERE c.account_id IN (""" + in + ") ORDER BY c.issued_at DESC, c.id DESC").getResultList();
        List<HeldCertificate> held = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            held.add(new HeldCertificate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], csv((String) r[7]), (String) r[8],
                    SqlValues.instant(r[9]), csv((String) r[10]), blankToNull((String) r[11])));
        }
        return held;
    }

    private static Set<String> csv(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
