package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a printed certificate says, read only from what was frozen on it at issue — its columns and its evidence
 * snapshot — never from today's course titles or account names. It carries no NIK, birth date or contact: nothing
 * of that is on a certificate.
 *
 * <pre>{@code
 * PrintedCertificate printed = PrintedCertificate.of(certificate, clock.instant(), "https://akademi.example/v/" + code);
 * byte[] pdf = CertificatePdf.bytes(printed);
 * }</pre>
 *
 * @param schemeName the scheme's Indonesian name: the certificate is an official document in Bahasa Indonesia
 * @param status     what the public page says at {@code now}: a certificate past its end counts as expired even
 *                   before the expiry job has run
 * @param endedAt    when it was revoked or stopped being valid; null while valid
 * @param verifyUrl  the public verification page the QR code opens
 */
public record PrintedCertificate(String number, String verificationCode, String holderName, String koperasiName,
                                 String schemeName, Instant issuedAt, Instant validUntil, String officerName,
                                 String regionCode, Certificate.PublicStatus status, Instant endedAt,
                                 List<Course> courses, Integer attendancePercent, String verifyUrl) {

    /** One course of the evidence as it stood: title as then published, completion date, best final-exam score. */
    public record Course(String code, String title, Instant completedAt, BigDecimal bestExamPercent) {
    }

    public PrintedCertificate {
        courses = List.copyOf(courses);
    }

    public static PrintedCertificate of(Certificate certificate, Instant now, String verifyUrl) {
        Certificate.PublicStatus status = certificate.publicStatus(now);
        Instant endedAt = switch (status) {
            case REVOKED -> certificate.revokedAt();
            case EXPIRED -> certificate.expiredAt() != null && certificate.expiredAt().isBefore(certificate.validUntil())
                    ? certificate.expiredAt() : certificate.validUntil();
            default -> null;
        };
        JsonObject snapshot;
        try (JsonReader reader = Json.createReader(new StringReader(certificate.snapshot()))) {
            snapshot = reader.readObject();
        }
        List<Course> courses = new ArrayList<>();
        JsonArray evidence = snapshot.containsKey("courses") ? snapshot.getJsonArray("courses") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue v : evidence) {
            JsonObject c = v.asJsonObject();
            courses.add(new Course(c.getString("code"), c.getString("title", c.getString("code")),
                    c.containsKey("completedAt") ? Instant.parse(c.getString("completedAt")) : null,
                    c.containsKey("bestExamPercent") ? c.getJsonNumber("bestExamPercent").bigDecimalValue() : null));
        }
        Integer attendance = snapshot.containsKey("attendance") && snapshot.getJsonObject("attendance").containsKey("percent")
                ? snapshot.getJsonObject("attendance").getInt("percent") : null;
        return new PrintedCertificate(certificate.number(), certificate.verificationCode(), certificate.holderName(),
                certificate.koperasiName(), certificate.schemeName(Locale.forLanguageTag("id")), certificate.issuedAt(),
                certificate.validUntil(), certificate.issuedByName(), certificate.regionCode(), status, endedAt,
                courses, attendance, verifyUrl);
    }

    /** The number as a file name: {@code AK/6474/2026/000123} → {@code sertifikat-AK-6474-2026-000123.pdf}. */
    public String fileName() {
        return "sertifikat-" + number.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
    }
}
