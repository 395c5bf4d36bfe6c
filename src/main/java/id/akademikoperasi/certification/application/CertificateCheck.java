package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate.PublicStatus;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What anyone who checks a certificate is told, and nothing more: no NIK, birth date, phone, e-mail or revocation
 * reason (an officer's reason may name a person or an offence, so it stays with the holder and DKUMPP). Dates are the
 * office's (WITA). For a code that matches nothing every field but the status is empty, so an unknown code and a
 * mistyped one read the same.
 */
public record CertificateCheck(PublicStatus status, String code, String number, String holderName,
                               String schemeNameId, String schemeNameEn, String koperasi, LocalDate issuedOn,
                               LocalDate validUntil, String office, String officer, LocalDate revokedOn) {

    private static final CertificateCheck UNKNOWN =
            new CertificateCheck(PublicStatus.UNKNOWN, null, null, null, null, null, null, null, null, null, null, null);

    public static CertificateCheck unknown() {
        return UNKNOWN;
    }

    public boolean known() {
        return status != PublicStatus.UNKNOWN;
    }

    /** The scheme's name in English for English readers, in Bahasa Indonesia for everyone else. */
    public String schemeName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? schemeNameEn : schemeNameId;
    }
}
