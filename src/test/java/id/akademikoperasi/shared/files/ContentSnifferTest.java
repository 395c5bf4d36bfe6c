package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSnifferTest {

    private static final ContentSniffer SNIFFER = new ContentSniffer();

    @TempDir
    Path dir;

    private SniffResult sniff(byte[] content, String name) throws IOException {
        Path file = Files.createTempFile(dir, "sample", ".bin");
        Files.write(file, content);
        return SNIFFER.sniff(file, name);
    }

    private void assertAccepted(FileKind kind, String extension, SniffResult result) {
        SniffResult.Accepted accepted = assertInstanceOf(SniffResult.Accepted.class, result, () -> "refused: " + result);
        assertEquals(kind, accepted.kind());
        assertEquals(kind.mediaType(), accepted.mediaType());
        assertEquals(extension, accepted.extension());
    }

    private void assertRefused(String messageKey, SniffResult result) {
        SniffResult.Refused refused = assertInstanceOf(SniffResult.Refused.class, result, () -> "accepted: " + result);
        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void theAllowedKindsAreRecognisedByTheirContent() throws IOException {
        assertAccepted(FileKind.PDF, "pdf", sniff(Samples.pdf(), "Laporan SHU 2025.pdf"));
        assertAccepted(FileKind.PNG, "png", sniff(Samples.png(), "bagan.png"));
        assertAccepted(FileKind.JPEG, "jpg", sniff(Samples.jpeg(), "foto.jpg"));
        assertAccepted(FileKind.MP4, "mp4", sniff(Samples.mp4("isom"), "rapat.mp4"));
        assertAccepted(FileKind.MP4, "mp4", sniff(Samples.mp4("mp42"), "rapat.MP4"));
        assertAccepted(FileKind.DOCX, "docx", sniff(Samples.docx(), "AD-ART.docx"));
        assertAccepted(FileKind.XLSX, "xlsx", sniff(Samples.xlsx(), "Neraca.xlsx"));
        assertAccepted(FileKind.PPTX, "pptx", sniff(Samples.pptx(), "Materi 1.pptx"));
    }

    @Test
    void synonymsAndCaseOfTheExtensionAreNormalised() throws IOException {
        assertAccepted(FileKind.JPEG, "jpg", sniff(Samples.jpeg(), "FOTO.JPEG"));
        assertAccepted(FileKind.PDF, "pdf", sniff(Samples.pdf(), "SCAN.PDF"));
    }

    @Test
    void aNameWithoutExtensionGetsTheKindsOwn() throws IOException {
        assertAccepted(FileKind.PDF, "pdf", sniff(Samples.pdf(), "laporan"));
    }

    @Test
    void theNameDecidesNothing() throws IOException {
        assertAccepted(FileKind.PNG, "png", sniff(Samples.png(), "C:\\fakepath\\bagan.png"));
        assertRefused(FileMessages.HTML, sniff(Samples.html(), "halaman.html"));
    }

    @Test
    void htmlIsRefusedAlsoWhenItHidesBehindTextOrAnotherName() throws IOException {
        assertRefused(FileMessages.HTML, sniff(Samples.html(), "surat.pdf"));
        byte[] late = ("Catatan rapat\n".repeat(20) + "<script>alert(1)</script>").getBytes(StandardCharsets.UTF_8);
        assertRefused(FileMessages.HTML, sniff(late, "catatan.pdf"));
    }

    @Test
    void everySvgIsRefusedWithOrWithoutScript() throws IOException {
        assertRefused(FileMessages.SVG, sniff(Samples.svg(), "logo.svg"));
        assertRefused(FileMessages.SVG, sniff(Samples.svgWithScript(), "logo.svg"));
        assertRefused(FileMessages.SVG, sniff(Samples.svgWithScript(), "logo.png"));
    }

    @Test
    void programsAreRefusedWhateverTheyAreCalled() throws IOException {
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.elf(), "program"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.mz(), "setup.exe"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.mz(), "laporan.pdf"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.shellScript(), "install.sh"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.shellScript(), "catatan.txt"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.machO(), "app"));
        assertRefused(FileMessages.EXECUTABLE, sniff(Samples.javaClass(), "Main.class"));
        byte[] jar = Samples.zip(Map.of("META-INF/MANIFEST.MF", "Main-Class: x", "x/Main.class", "..."));
        assertRefused(FileMessages.EXECUTABLE, sniff(jar, "alat.jar"));
        assertRefused(FileMessages.EXECUTABLE, sniff(jar, "alat.docx"));
    }

    @Test
    void aPngCalledJpgIsDisguised() throws IOException {
        SniffResult result = sniff(Samples.png(), "foto.jpg");
        assertRefused(FileMessages.DISGUISED, result);
        assertEquals(List.of("PNG", "jpg"), ((SniffResult.Refused) result).arguments());
    }

    @Test
    void anAllowedKindUnderAnotherKindsNameIsDisguised() throws IOException {
        assertRefused(FileMessages.DISGUISED, sniff(Samples.pdf(), "laporan.exe"));
        assertRefused(FileMessages.DISGUISED, sniff(Samples.pdf(), "laporan.pdf.html"));
        assertRefused(FileMessages.DISGUISED, sniff(Samples.docx(), "Neraca.xlsx"));
        assertRefused(FileMessages.DISGUISED, sniff(Samples.jpeg(), "foto.png"));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(FileMessages.EMPTY, sniff(new byte[0], "kosong.pdf"));
    }

    @Test
    void aNameWithNothingUsableIsRefused() throws IOException {
        assertRefused(FileMessages.NAME_INVALID, sniff(Samples.pdf(), "../../"));
        assertRefused(FileMessages.NAME_INVALID, sniff(Samples.pdf(), null));
        assertRefused(FileMessages.NAME_INVALID, sniff(Samples.pdf(), " \r\n"));
    }

    @Test
    void officeWithMacrosOldOfficeAndOtherZipsAreRefused() throws IOException {
        byte[] macros = Samples.ooxml("word/document.xml", "<w:document/>", "word/vbaProject.bin");
        assertRefused(FileMessages.MACRO, sniff(macros, "surat.docx"));
        assertRefused(FileMessages.OLD_OFFICE, sniff(Samples.ole2(), "surat.doc"));
        assertRefused(FileMessages.ARCHIVE, sniff(Samples.zip(Map.of("a.txt", "a", "b.pdf", "b")), "kumpulan.zip"));
        assertRefused(FileMessages.ARCHIVE, sniff(Samples.zip(Map.of("word/document.xml", "<w:document/>")), "tanpa-tipe.docx"));
        byte[] twoParts = Samples.ooxml("word/document.xml", "<w:document/>", "xl/workbook.xml");
        assertRefused(FileMessages.ARCHIVE, sniff(twoParts, "campuran.docx"));
        assertRefused(FileMessages.ARCHIVE, sniff(Samples.gzip(), "arsip.gz"));
    }

    @Test
    void aDamagedZipIsUnknown() throws IOException {
        byte[] docx = Samples.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertRefused(FileMessages.UNKNOWN, sniff(truncated, "rusak.docx"));
    }

    @Test
    void otherKindsAreNotAllowedAndNoiseIsUnknown() throws IOException {
        assertRefused(FileMessages.TYPE_NOT_ALLOWED, sniff("Catatan rapat anggota.\n".getBytes(StandardCharsets.UTF_8), "catatan.txt"));
        assertRefused(FileMessages.TYPE_NOT_ALLOWED, sniff(Samples.ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"), "animasi.gif"));
        assertRefused(FileMessages.TYPE_NOT_ALLOWED, sniff(Samples.mp4("qt  "), "video.mov"));
        assertRefused(FileMessages.TYPE_NOT_ALLOWED, sniff(Samples.mp4("qt  "), "video.mp4"));
        byte[] noise = new byte[300];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 0x01;
        assertRefused(FileMessages.UNKNOWN, sniff(noise, "data.pdf"));
    }

    @Test
    void aPdfSignatureMustBeAtTheStart() throws IOException {
        byte[] shifted = ("<html><body>x</body></html>\n" + new String(Samples.pdf(), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(FileMessages.HTML, sniff(shifted, "polyglot.pdf"));
    }

    @Test
    void orThrowCarriesTheKeyAndArguments() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> sniff(Samples.png(), "foto.jpg").orThrow());
        assertTrue(e.hasProblem(FileMessages.DISGUISED));
        assertEquals(SniffResult.FIELD, e.problems().getFirst().field());
        assertEquals(List.of("PNG", "jpg"), e.problems().getFirst().arguments());
    }

    // --- text of course packages -------------------------------------------------------------------------------

    @Test
    void utf8TextOfCoursePackagesIsText() throws IOException {
        byte[] markdown = "# Modul 1\n\nKoperasi *Merah Putih* — café\tdan ‘rapat’.\r\n".getBytes(StandardCharsets.UTF_8);
        assertAccepted(FileKind.TEXT, "md", SNIFFER.sniffText(markdown, "modul-1.md"));
        assertAccepted(FileKind.TEXT, "gift", SNIFFER.sniffText("::Q1:: 1+1? {=2 ~3}".getBytes(StandardCharsets.UTF_8), "bank.GIFT"));
        byte[] withBom = ("\uFEFF" + "catatan").getBytes(StandardCharsets.UTF_8);
        assertAccepted(FileKind.TEXT, "txt", SNIFFER.sniffText(withBom, "catatan.txt"));
        byte[] inlineHtml = "Lihat <b>tabel</b> berikut.".getBytes(StandardCharsets.UTF_8);
        assertAccepted(FileKind.TEXT, "md", SNIFFER.sniffText(inlineHtml, "modul.md"));
    }

    @Test
    void textIsAlsoReadFromDiskInPieces() throws IOException {
        Path file = dir.resolve("panjang.md");
        // long enough to cross the reader's buffer, with a multi-byte character on every line
        Files.writeString(file, "Baris é — ‘koperasi’\n".repeat(5000), StandardCharsets.UTF_8);
        assertAccepted(FileKind.TEXT, "md", SNIFFER.sniffText(file, "panjang.md"));
        Files.write(file, new byte[]{'a', (byte) 0xe2, (byte) 0x80}, java.nio.file.StandardOpenOption.APPEND);
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText(file, "panjang.md"));
    }

    @Test
    void textThatIsNotUtf8OrHasControlCharactersIsRefused() {
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "modul.md"));
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText(new byte[]{'a', 0, 'b'}, "modul.md"));
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText(new byte[]{'a', 0x1b, '[', '3', '1', 'm'}, "modul.md"));
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText(Samples.png(), "modul.md"));
    }

    @Test
    void textNeedsATextExtensionAndContent() {
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText("teks".getBytes(StandardCharsets.UTF_8), "modul.pdf"));
        assertRefused(FileMessages.TEXT_ONLY, SNIFFER.sniffText("teks".getBytes(StandardCharsets.UTF_8), "modul"));
        assertRefused(FileMessages.EMPTY, SNIFFER.sniffText(new byte[0], "modul.md"));
        assertRefused(FileMessages.EXECUTABLE, SNIFFER.sniffText(Samples.shellScript(), "modul.md"));
        assertRefused(FileMessages.NAME_INVALID, SNIFFER.sniffText("teks".getBytes(StandardCharsets.UTF_8), "/"));
    }
}
