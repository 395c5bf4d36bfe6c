package id.akademikoperasi.shared.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;
import java.util.Map;

/**
 * A QR code drawn on a PDF canvas as vector squares (sharp at any printer resolution, nothing to embed): the
 * certificate's code to its public page, and the codes on an election's candidate list.
 *
 * <pre>{@code
 * PdfQrCode.draw(writer.getDirectContent(), "https://akademikoperasi.id/v/ABCD", x, y, 60);
 * }</pre>
 */
public final class PdfQrCode {

    /** Dark modules as filled squares, runs of a row merged; the white quiet zone is part of the square drawn. */
    public static void draw(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content.length() + " characters as a QR code", e);
        }
        float module = size / m.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                // PDF's y grows upwards, the matrix's rows downwards
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private PdfQrCode() {
    }
}
