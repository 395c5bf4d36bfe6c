package id.akademikoperasi.certification.api;

import id.akademikoperasi.certification.application.CertificateCheck;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The body of {@code GET /api/v1/certificates/{code}}. Absent fields are left out, not sent as null: an UNKNOWN
 * answer is {@code {"status":"UNKNOWN"}} and nothing else, whatever was asked.
 * Its contract for API users is {@code META-INF/openapi.yaml} (schema CertificateCheck): change both together.
 *
 * <p>Written by {@link #toJson()} rather than JSON-B: the shape is fixed and small, this is the busiest public address,
 * and the test of the exact key set reads the same code that writes them.
 */
public record CertificateJson(String code, String status, String number, String holderName, String scheme,
                              String koperasi, String issuedAt, String validUntil, VerifiedBy verifiedBy,
                              String revokedAt) {

    /** The office that decided, and the officer whose name stands on the decision. */
    public record VerifiedBy(String office, String officer) {
    }

    public static CertificateJson of(CertificateCheck check, Locale locale) {
        if (!check.known()) {
            return new CertificateJson(null, check.status().name(), null, null, null, null, null, null, null, null);
        }
        return new CertificateJson(check.code(), check.status().name(), check.number(), check.holderName(),
                check.schemeName(locale), check.koperasi(), text(check.issuedOn()), text(check.validUntil()),
                new VerifiedBy(check.office(), check.officer()), text(check.revokedOn()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public String toJson() {
        StringBuilder json = new StringBuilder(384).append('{');
        field(json, "code", code);
        field(json, "status", status);
        field(json, "number", number);
        field(json, "holderName", holderName);
        field(json, "scheme", scheme);
        field(json, "koperasi", koperasi);
        field(json, "issuedAt", issuedAt);
        field(json, "validUntil", validUntil);
        if (verifiedBy != null) {
            json.append(json.length() > 1 ? "," : "").append("\"verifiedBy\":{");
            int start = json.length();
            field(json, "office", verifiedBy.office(), start);
            field(json, "officer", verifiedBy.officer(), start);
            json.append('}');
        }
        field(json, "revokedAt", revokedAt);
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        field(json, name, value, 1);
    }

    private static void field(StringBuilder json, String name, String value, int objectStart) {
        if (value == null) {
            return;
        }
        if (json.length() > objectStart) {
            json.append(',');
        }
        json.append('"').append(name).append("\":\"");
        escape(json, value);
        json.append('"');
    }

    static void escape(StringBuilder json, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                // < and > too, so that the body can never be read as markup by anything that sniffs it
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
    }
}
