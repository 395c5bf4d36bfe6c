package id.akademikoperasi.shared.files;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDispositionTest {

    @Test
    void anOrdinaryNameKeepsItsSpacesAndBrackets() {
        assertEquals("attachment; filename=\"Laporan SHU 2025 (final).pdf\"; "
                        + "filename*=UTF-8''Laporan%20SHU%202025%20%28final%29.pdf",
                ContentDisposition.attachment("Laporan SHU 2025 (final).pdf"));
    }

    @Test
    void pathPartsAreStripped() {
        assertEquals("inline; filename=\"passwd\"; filename*=UTF-8''passwd", ContentDisposition.inline("../../etc/passwd"));
        assertEquals("inline; filename=\"boot.ini\"; filename*=UTF-8''boot.ini", ContentDisposition.inline("..\\..\\boot.ini"));
    }

    @Test
    void quotesAndLineBreaksCannotInjectAHeader() {
        String value = ContentDisposition.attachment("\"evil\"\r\nX-Header: 1.pdf");
        assertEquals("attachment; filename=\"evilX-Header: 1.pdf\"; filename*=UTF-8''evilX-Header%3A%201.pdf", value);
        assertFalse(value.contains("\r") || value.contains("\n"));
        assertEquals(2, value.chars().filter(c -> c == '"').count(), "only the quotes around the fallback");
    }

    @Test
    void nonAsciiNamesTravelAsUtf8WithAnAsciiFallback() {
        assertEquals("inline; filename=\"Ringkasan_Koperasi e.pdf\"; "
                        + "filename*=UTF-8''Ringkasan%E2%80%93Koperasi%20%C3%A9.pdf",
                ContentDisposition.inline("Ringkasan–Koperasi é.pdf"));
    }

    @Test
    void decomposedAccentsAreComposedFirst() {
        // "é" typed as e + combining acute (macOS file names) is the same name as the precomposed one
        assertEquals(ContentDisposition.inline("Ringkasan–Koperasi é.pdf"),
                ContentDisposition.inline("Ringkasan–Koperasi e\u0301.pdf"));
    }

    @Test
    void percentSignsAndBackslashesNeverReachTheFallback() {
        assertEquals("attachment; filename=\"Diskon 10_.pdf\"; filename*=UTF-8''Diskon%2010%25.pdf",
                ContentDisposition.attachment("Diskon 10%.pdf"));
    }

    @Test
    void aNameWithNothingLeftGetsAFallback() {
        assertEquals("attachment; filename=\"berkas\"; filename*=UTF-8''berkas", ContentDisposition.attachment("../"));
        assertEquals("attachment; filename=\"berkas\"; filename*=UTF-8''berkas", ContentDisposition.attachment(null));
    }

    @Test
    void safeNamesLoseInvisibleTricksAndHiddenFileDots() {
        // U+202E RIGHT-TO-LEFT OVERRIDE would make "foto\u202Egpj.exe" look like "fotoexe.jpg"
        assertEquals(Optional.of("fotogpj.exe"), FileNames.safe("foto\u202Egpj.exe"));
        assertEquals(Optional.of("htaccess"), FileNames.safe(".htaccess"));
        assertEquals(Optional.of("laporan.pdf"), FileNames.safe("  laporan.pdf. . "));
        assertEquals(Optional.of("a b c.pdf"), FileNames.safe("a \t b\u0000  c.pdf"));
        assertEquals(Optional.empty(), FileNames.safe(".."));
        assertEquals(Optional.empty(), FileNames.safe("C:\\fakepath\\"));
    }

    @Test
    void longNamesAreShortenedButKeepTheirExtension() {
        String shortened = FileNames.safe("a".repeat(500) + ".pdf").orElseThrow();
        assertEquals(FileNames.MAX_LENGTH, shortened.length());
        assertTrue(shortened.endsWith("a.pdf"));
        String emoji = FileNames.safe("😀".repeat(300)).orElseThrow();
        assertEquals(FileNames.MAX_LENGTH, emoji.codePointCount(0, emoji.length()), "never splits a character");
    }

    @Test
    void extensionsAreLowerCaseAndOnlyRealOnes() {
        assertEquals(Optional.of("jpeg"), FileNames.extension("Foto.JPEG"));
        assertEquals(Optional.of("gz"), FileNames.extension("data.tar.gz"));
        assertEquals(Optional.empty(), FileNames.extension("v1.0 final"));
        assertEquals(Optional.empty(), FileNames.extension("laporan"));
        assertEquals(Optional.empty(), FileNames.extension("laporan."));
        assertEquals(Optional.empty(), FileNames.extension(null));
    }

    @Test
    void aDownloadNameAlwaysEndsInAnExtensionFittingTheContent() {
        assertEquals("laporan.pdf", FileNames.withExtension("laporan.pdf", FileKind.PDF));
        assertEquals("evil.html.pdf", FileNames.withExtension("evil.html", FileKind.PDF));
        assertEquals("foto.jpeg", FileNames.withExtension("foto.jpeg", FileKind.JPEG));
        assertEquals("laporan.pdf", FileNames.withExtension("laporan", FileKind.PDF));
    }

    @Test
    void pathSegmentsEncodeEverythingButUnreservedCharacters() {
        assertEquals("Laporan%20SHU%20%28final%29%2F%3F%23.pdf", FileNames.pathSegment("Laporan SHU (final)/?#.pdf"));
        assertEquals("caf%C3%A9-1_2.~x", FileNames.pathSegment("café-1_2.~x"));
    }
}
