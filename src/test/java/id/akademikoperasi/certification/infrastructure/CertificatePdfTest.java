package id.akademikoperasi.certification.infrastructure;

import id.akademikoperasi.certification.application.PrintedCertificate;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.Certificates;
import id.akademikoperasi.testsupport.PdfQr;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import id.akademikoperasi.testsupport.PdfText;

class CertificatePdfTest {

    /** 01:30 WITA on 28 November, still the 27th in UTC: the printed day must be the office's. */
    static final Instant ISSUED = Instant.parse("2026-11-27T17:30:00Z");
    static final Instant UNTIL = Instant.parse("2029-11-27T17:30:00Z");
    static final String CODE = "7KQ2M9XH4TB3N8PA";
    static final String URL = "https://akademikoperasi.example.id/v/" + CODE;

    /** The evidence as frozen when the member applied, with the course titles as they were then published. */
    static final String SNAPSHOT = """
            {"takenAt":"2026-11-20T02:00:00Z",
             "scheme":{"code":"CALON_PENGURUS","name":"Calon Pengurus (nama lama)","minExamPercent":70},
             "member":{"name":"Siti Aminah","koperasi":"Koperasi Kelurahan Merah Putih Guntung"},
             "courses":[
               {"code":"KOP-01","title":"Mengenal Koperasi (edisi 2026)","completedAt":"2026-10-02T03:00:00Z","bestExamPercent":85.5},
               {"code":"KOP-02","title":"Perkoperasian Dasar & Jati Diri","completedAt":"2026-10-09T03:00:00Z","bestExamPercent":90},
               {"code":"KOP-08"}],
             "attendance":{"attended":4,"counted":5,"percent":80}}""";

    static Certificate certificate() {
        return Certificates.issued(SNAPSHOT, CODE, ISSUED, UNTIL);
    }

    @Test
    void theCertificateSaysWhoWhatWhenAndWhoVerifiedInIndonesian() throws IOException {
        PrintedCertificate printed = PrintedCertificate.of(certificate(), ISSUED.plusSeconds(60), URL);
        byte[] pdf = CertificatePdf.bytes(printed);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String text = PdfText.of(pdf);
        for (String expected : List.of("SERTIFIKAT KOMPETENSI", "KOPERASI KELURAHAN/DESA MERAH PUTIH", "diberikan kepada",
                "Siti Aminah", "Koperasi Kelurahan Merah Putih Guntung", "Calon Pengurus", "AK/6474/2026/000123",
                "Tanggal terbit 28 November 2026", "Berlaku sampai 28 November 2029",
                "Diverifikasi oleh Rina Wulandari, DKUMPP Kota Bontang", CODE,
                "akademikoperasi.example.id/v/" + CODE, "Kehadiran di sesi tatap muka: 80 %")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Board Candidate") || text.contains("Certificate"), "always Indonesian: " + text);
        assertFalse(text.contains("DICABUT") || text.contains("KEDALUWARSA") || text.contains("TIDAK BERLAKU"), text);
        assertEquals(1, pages(pdf));
        assertEquals(URL, PdfQr.decodeQr(pdf));
    }

    @Test
    void theCoursesAreTheFrozenEvidenceNotTodaysCatalogue() throws IOException {
        String text = PdfText.of(CertificatePdf.bytes(PrintedCertificate.of(certificate(), ISSUED, URL)));
        // table cells come out of the text extractor without spaces between them
        String cells = text.replace(" ", "");
        assertTrue(cells.contains("KOP-01MengenalKoperasi(edisi2026)2Oktober202685,5%"), text);
        assertTrue(cells.contains("KOP-02PerkoperasianDasar&JatiDiri9Oktober202690%"), text);
        assertTrue(cells.contains("KOP-08KOP-08——"), "a course without evidence shows its code and no dates: " + text);
        // the names frozen on the certificate, not those in the application's snapshot
        assertFalse(text.contains("nama lama"), text);
    }

    @Test
    void nothingPersonalBeyondTheNameIsPrinted() throws IOException {
        String text = PdfText.of(CertificatePdf.bytes(PrintedCertificate.of(certificate(), ISSUED, URL)));
        assertFalse(text.matches("(?s).*\\d{16}.*"), "no NIK: " + text);
        assertFalse(text.contains("@") || text.contains("+62"), "no e-mail or phone: " + text);
        assertFalse(text.matches("(?s).*\\d{2}-\\d{2}-\\d{4}.*"), "no birth date: " + text);
    }

    @Test
    void aRevokedCertificateStillPrintsForItsHolderButStampedAndStillReadable() throws IOException {
        Certificate revoked = certificate();
        revoked.revoke(3, Instant.parse("2027-02-01T02:00:00Z"), "Data tidak sesuai");
        byte[] pdf = CertificatePdf.bytes(PrintedCertificate.of(revoked, Instant.parse("2027-03-01T00:00:00Z"), URL));
        String text = PdfText.of(pdf);
        assertTrue(text.contains("DICABUT"), text);
        assertTrue(text.contains("TIDAK BERLAKU — sertifikat ini dicabut pada 1 Februari 2027."), text);
        assertFalse(text.contains("Data tidak sesuai"), "the reason is for the holder's page, not the printout: " + text);
        assertEquals(URL, PdfQr.decodeQr(pdf), "the stamp leaves the QR code readable");
    }

    @Test
    void aCertificatePastItsEndIsStampedExpiredEvenBeforeTheExpiryJobRan() throws IOException {
        byte[] pdf = CertificatePdf.bytes(PrintedCertificate.of(certificate(), UNTIL.plusSeconds(3_600), URL));
        String text = PdfText.of(pdf);
        assertTrue(text.contains("KEDALUWARSA"), text);
        assertTrue(text.contains("TIDAK BERLAKU — masa berlaku sertifikat ini berakhir pada 28 November 2029."), text);
        assertEquals(URL, PdfQr.decodeQr(pdf));
    }

    @Test
    void aLongNameAndManyCoursesStayOnOnePage() throws IOException {
        StringBuilder courses = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            courses.append(i == 1 ? "" : ",").append("{\"code\":\"KOP-").append(i).append("\",\"title\":\"")
                    .append("Pengelolaan Gerai & Unit Usaha dengan judul yang cukup panjang ").append(i)
                    .append("\",\"completedAt\":\"2026-10-02T03:00:00Z\",\"bestExamPercent\":77.25}");
        }
        PrintedCertificate base = PrintedCertificate.of(certificate(), ISSUED, URL);
        PrintedCertificate crowded = new PrintedCertificate(base.number(), base.verificationCode(),
                "Muhammad Irfan Kurniawan Daeng Setiawan Nasution Lubis Pratama", base.koperasiName(), base.schemeName(),
                base.issuedAt(), base.validUntil(), base.officerName(), base.regionCode(), base.status(), base.endedAt(),
                PrintedCertificate.of(withSnapshot("{\"takenAt\":\"2026-11-20T02:00:00Z\",\"courses\":[" + courses + "]}"),
                        ISSUED, URL).courses(), 100, URL);
        byte[] pdf = CertificatePdf.bytes(crowded);
        assertEquals(1, pages(pdf), "twelve courses still fit, set smaller");
        assertTrue(PdfText.of(pdf).contains("Pengelolaan Gerai & Unit Usaha dengan judul yang cukup panjang 12"));
        assertEquals(URL, PdfQr.decodeQr(pdf));
    }

    @Test
    void evidenceTooLongForOnePageGoesOnRatherThanBeingCutOff() throws IOException {
        StringBuilder courses = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            courses.append(i == 1 ? "" : ",").append("{\"code\":\"K-").append(i).append("\",\"title\":\"Mata pelatihan ")
                    .append(i).append("\"}");
        }
        byte[] pdf = CertificatePdf.bytes(PrintedCertificate.of(
                withSnapshot("{\"takenAt\":\"2026-11-20T02:00:00Z\",\"courses\":[" + courses + "]}"), ISSUED, URL));
        assertTrue(pages(pdf) > 1);
        String text = PdfText.of(pdf);
        assertTrue(text.contains("Mata pelatihan 1—") && text.contains("Mata pelatihan 60"), text);
        assertEquals(URL, PdfQr.decodeQr(pdf));
    }

    @Test
    void theFileIsNamedAfterTheNumber() {
        assertEquals("sertifikat-AK-6474-2026-000123.pdf", PrintedCertificate.of(certificate(), ISSUED, URL).fileName());
    }

    private static Certificate withSnapshot(String snapshot) {
        return Certificates.set(certificate(), "snapshot", snapshot);
    }

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }
}
