package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.domain.QuestionBankSource.Format;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankFilesTest {

    private static String read(byte[] bytes) throws IOException {
        return BankFiles.read(new ByteArrayInputStream(bytes), "text");
    }

    private static List<Problem> refusal(byte[] bytes) {
        return assertThrows(InvalidInputException.class, () -> read(bytes)).problems();
    }

    @Test
    void utf8TextIsReadAndItsByteOrderMarkDropped() throws IOException {
        String text = "::Q1::Koperasi \u201canggota\u201d — dimiliki?{T}\n";
        assertEquals(text, read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textSavedInAnotherEncodingIsRefusedNamingTheLine() {
        byte[] windows = "::Q1::Satu{T}\n\n::Q2::Caf\u00e9 \u201cdua\u201d{F}\n".getBytes(Charset.forName("windows-1252"));
        assertEquals(List.of(Problem.of("text", "catalog.bank.notUtf8", "3")), refusal(windows));
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertEquals(List.of(Problem.of("text", "catalog.bank.empty")), refusal(new byte[0]));
        byte[] big = new byte[BankFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(List.of(Problem.of("text", "catalog.bank.tooLarge", 1)), refusal(big));
        assertTrue(BankFiles.fits("a".repeat(BankFiles.MAX_BYTES)));
        assertTrue(!BankFiles.fits("\u00e9".repeat(BankFiles.MAX_BYTES / 2 + 1)), "counted in bytes of UTF-8, not characters");
    }

    @Test
    void aBankIsNamedLikeAFileOfACoursePackage() {
        assertEquals(Optional.of("questions/bank-modul-1.gift"), BankFiles.path("Bank Modul 1", Format.GIFT));
        assertEquals(Optional.of("questions/bank-modul-1.gift"), BankFiles.path("bank-modul-1.gift", Format.GIFT));
        assertEquals(Optional.of("questions/soal-rat.txt"), BankFiles.path("Soal RAT.TXT", Format.AIKEN));
        assertEquals(Optional.of("questions/pemasaran-cafe.gift"), BankFiles.path("  Pemasaran Café! ", Format.GIFT));
        assertEquals(Optional.empty(), BankFiles.path("***", Format.GIFT));
        assertEquals(Optional.empty(), BankFiles.path("../..", Format.GIFT));
        assertEquals(Optional.empty(), BankFiles.path("a".repeat(61), Format.GIFT));
        assertEquals("bank-modul-1.gift", BankFiles.name("questions/bank-modul-1.gift"));
    }
}
