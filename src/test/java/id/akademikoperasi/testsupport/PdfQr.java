package id.akademikoperasi.testsupport;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads a QR code the way a phone would read it off the printout: page 1 of the PDF rendered to an image, then
 * decoded. Checks what a reader sees, not which drawing operators the PDF happens to use.
 *
 * <pre>{@code
 * assertEquals(base + "/v/" + code, PdfQr.decodeQr(pdfBytes));
 * }</pre>
 */
public final class PdfQr {

    /** About what a phone camera resolves on an A4 sheet at arm's length; fast enough for every test. */
    public static final int DPI = 150;

    /** The text of the QR code on page 1; an {@link AssertionError} when there is none that decodes. */
    public static String decodeQr(byte[] pdf) {
        return decodeQr(pdf, DPI);
    }

    public static String decodeQr(byte[] pdf, int dpi) {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF that PDFBox can render", e);
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on page 1 at " + dpi + " dpi: " + e, e);
        }
    }

    private PdfQr() {
    }
}
