package id.akademikoperasi.testsupport;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a PDF as a reader would see them, whitespace collapsed (table cells wrap, so tests compare words,
 * not line breaks).
 *
 * <pre>{@code
 * assertTrue(PdfText.of(pdfBytes).contains("Daftar Calon Memenuhi Syarat"));
 * }</pre>
 */
public final class PdfText {

    /** All pages, one string. */
    public static String of(byte[] pdf) {
        return String.join(" ", pages(pdf)).replaceAll("\\s+", " ");
    }

    /** One string per page. */
    public static List<String> pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    pages.add(extractor.getTextFromPage(p).replaceAll("\\s+", " "));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    private PdfText() {
    }
}
