package id.akademikoperasi.learning.infrastructure;

import id.akademikoperasi.learning.application.SessionExports.SignInSheet;
import id.akademikoperasi.learning.application.TrainingSessions.AttendanceLine;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.domain.session.SessionKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import id.akademikoperasi.testsupport.PdfText;

class SignInSheetPdfTest {

    static final Locale ID = Locale.forLanguageTag("id");
    // Saturday 5 December 2026, 09.00–12.00 WITA (UTC+8)
    static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    static final Instant END = Instant.parse("2026-12-05T04:00:00Z");

    static SignInSheet sheet(List<AttendanceLine> members) {
        return new SignInSheet(41, SessionKind.PELATIHAN, "Pelatihan RAT di Guntung", "Aula Kelurahan Guntung",
                "Guntung", START, END, List.of("Koperasi Kelurahan Merah Putih Guntung"), members);
    }

    static AttendanceLine line(long id, String name, String koperasi, Registration registration) {
        return new AttendanceLine(id, name, koperasi, registration, null, null);
    }


    @Test
    void theSheetNamesTheSessionAndEveryInvitedMemberByKoperasiThenName() throws Exception {
        byte[] pdf = SignInSheetPdf.bytes(sheet(List.of(
                line(3, "Yohana Siregar", "Koperasi Kelurahan Merah Putih Guntung", Registration.WAITLISTED),
                line(1, "Budi Santoso", "Koperasi Kelurahan Merah Putih Guntung", Registration.REGISTERED),
                line(2, "Agus Salim", "Koperasi Kelurahan Merah Putih Bontang Kuala", null))), ID);

        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        List<String> pages = PdfText.pages(pdf);
        assertEquals(1, pages.size());
        String text = pages.getFirst();
        for (String expected : List.of("Daftar Hadir", "Pelatihan RAT di Guntung", "Pelatihan", "Aula Kelurahan Guntung",
                "Sabtu, 5 Desember 2026, 09.00\u201312.00 WITA", "Nama", "Koperasi", "Status pendaftaran", "Tanda tangan",
                "terdaftar", "daftar tunggu", "Nama pelatih", "Halaman 1 dari 1")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        int agus = text.indexOf("Agus Salim");
        int budi = text.indexOf("Budi Santoso");
        int yohana = text.indexOf("Yohana Siregar");
        assertTrue(agus >= 0 && budi > agus && yohana > budi, "Bontang Kuala before Guntung, then by name:\n" + text);
    }

    @Test
    void aLongListSpansPagesEachNumberedOutOfTheTotal() throws Exception {
        List<AttendanceLine> many = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> line(i, String.format("Anggota %03d", i), "Koperasi Kelurahan Merah Putih Tanjung Laut",
                        i % 10 == 0 ? Registration.WAITLISTED : Registration.REGISTERED)).toList();
        List<String> pages = PdfText.pages(SignInSheetPdf.bytes(sheet(many), ID));

        int total = pages.size();
        assertTrue(total >= 3, "120 lines tall enough to sign do not fit on two A4 pages: " + total);
        for (int p = 1; p <= total; p++) {
            String text = pages.get(p - 1);
            assertTrue(text.contains("Halaman " + p + " dari " + total), "page " + p + ":\n" + text);
            assertTrue(text.contains("Tanda tangan"), "the column headings repeat on page " + p);
            assertTrue(text.contains("Pelatihan RAT di Guntung"), "every page names its session");
        }
        String all = String.join("\n", pages);
        assertTrue(all.contains("Anggota 001") && all.contains("Anggota 120"));
        assertFalse(pages.getFirst().contains("Anggota 120"));
        assertTrue(pages.getLast().contains("Anggota 120"));
    }

    @Test
    void inEnglishWhenTheReaderChoseEnglish() throws Exception {
        String text = PdfText.pages(SignInSheetPdf.bytes(sheet(List.of(
                line(1, "Budi Santoso", "Koperasi Kelurahan Merah Putih Guntung", Registration.REGISTERED))), Locale.ENGLISH)).getFirst();
        for (String expected : List.of("Attendance sheet", "Saturday, 5 December 2026, 09:00\u201312:00 WITA", "Signature",
                "registered", "Page 1 of 1", "Training")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void nobodyInvitedYetStillPrintsTheSheetAndASessionOverMidnightNamesBothDays() throws Exception {
        String text = PdfText.pages(SignInSheetPdf.bytes(sheet(List.of()), ID)).getFirst();
        assertTrue(text.contains("Belum ada anggota aktif"), text);
        assertEquals("Sabtu, 5 Desember 2026, 20.00 \u2013 Minggu, 6 Desember 2026, 02.00 WITA",
                SignInSheetPdf.when(Instant.parse("2026-12-05T12:00:00Z"), Instant.parse("2026-12-05T18:00:00Z"), ID));
    }
}
