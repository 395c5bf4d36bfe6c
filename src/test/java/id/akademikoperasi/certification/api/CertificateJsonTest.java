package id.akademikoperasi.certification.api;

import id.akademikoperasi.certification.application.CertificateCheck;
import id.akademikoperasi.certification.domain.Certificate.PublicStatus;
import id.akademikoperasi.testsupport.TinyJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CertificateJsonTest {

    static final Locale ID = Locale.forLanguageTag("id");

    static CertificateCheck check(PublicStatus status, LocalDate revokedOn) {
        return new CertificateCheck(status, "ABCD2345EFGH6789", "AK/6474/2026/000123", "Siti \"Ani\" Rahma",
                "Calon Pengurus", "Board Candidate", "Koperasi Kelurahan Merah Putih Tanjung Laut",
                LocalDate.of(2026, 11, 28), LocalDate.of(2029, 11, 28), "DKUMPP Kota Bontang", "Rina Wulandari", revokedOn);
    }

    static Map<String, Object> parse(String json) {
        return TinyJson.object(json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    @Test
    void aValidCertificateTellsWhatIsPrintedOnIt() {
        Map<String, Object> json = parse(CertificateJson.of(check(PublicStatus.VALID, null), ID).toJson());
        assertEquals(Set.of("code", "status", "number", "holderName", "scheme", "koperasi", "issuedAt", "validUntil",
                "verifiedBy"), json.keySet());
        assertEquals("VALID", json.get("status"));
        assertEquals("ABCD2345EFGH6789", json.get("code"));
        assertEquals("Siti \"Ani\" Rahma", json.get("holderName"));
        assertEquals("Calon Pengurus", json.get("scheme"));
        assertEquals("2026-11-28", json.get("issuedAt"));
        assertEquals("2029-11-28", json.get("validUntil"));
        assertEquals(Set.of("office", "officer"), object(json, "verifiedBy").keySet());
        assertEquals("DKUMPP Kota Bontang", object(json, "verifiedBy").get("office"));
        assertEquals("Rina Wulandari", object(json, "verifiedBy").get("officer"));
    }

    @Test
    void theSchemeInEnglishForEnglishReaders() {
        assertEquals("Board Candidate", parse(CertificateJson.of(check(PublicStatus.VALID, null), Locale.ENGLISH).toJson())
                .get("scheme"));
    }

    @Test
    void aRevokedCertificateSaysWhenButNotWhy() {
        Map<String, Object> json = parse(CertificateJson.of(check(PublicStatus.REVOKED, LocalDate.of(2027, 3, 1)), ID).toJson());
        assertEquals("REVOKED", json.get("status"));
        assertEquals("2027-03-01", json.get("revokedAt"));
        assertFalse(json.containsKey("revokeReason"));
        assertEquals("EXPIRED", parse(CertificateJson.of(check(PublicStatus.EXPIRED, null), ID).toJson()).get("status"));
    }

    @Test
    void unknownIsTheStatusAndNothingElse() {
        assertEquals("{\"status\":\"UNKNOWN\"}", CertificateJson.of(CertificateCheck.unknown(), ID).toJson());
    }

    @Test
    void textCannotBreakOutOfTheJsonOrBeReadAsMarkup() {
        StringBuilder out = new StringBuilder();
        CertificateJson.escape(out, "a\"b\\c\n<script>\u0001\u2028");
        assertEquals("a\\\"b\\\\c\\n\\u003cscript\\u003e\\u0001\\u2028", out.toString());
    }

    @Test
    void languageFromTheQueryThenAcceptLanguageElseIndonesian() {
        assertEquals("en", CertificateCheckServlet.language("en", "id").getLanguage());
        assertEquals("id", CertificateCheckServlet.language("id", "en-US").getLanguage());
        assertEquals("id", CertificateCheckServlet.language("fr", null).getLanguage());
        assertEquals("en", CertificateCheckServlet.language(null, "en-GB,en;q=0.9,id;q=0.5").getLanguage());
        assertEquals("id", CertificateCheckServlet.language(null, "id-ID,id;q=0.9,en;q=0.8").getLanguage());
        assertEquals("en", CertificateCheckServlet.language(null, "fr-FR,en;q=0.5").getLanguage());
        assertEquals("id", CertificateCheckServlet.language(null, "fr-FR").getLanguage());
        assertEquals("id", CertificateCheckServlet.language(null, null).getLanguage());
        assertEquals("id", CertificateCheckServlet.language(null, ";;;=garbage").getLanguage());
    }
}
