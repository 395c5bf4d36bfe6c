package id.akademikoperasi.testsupport.incontainer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A small valid PDF, the same bytes on the client and in the container, so both know its SHA-256. */
public final class SamplePdf {

    public static byte[] bytes() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj
                4 0 obj << /Length 44 >> stream
                BT /F1 12 Tf 20 100 Td (Laporan SHU) Tj ET
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    public static String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SamplePdf() {
    }
}
