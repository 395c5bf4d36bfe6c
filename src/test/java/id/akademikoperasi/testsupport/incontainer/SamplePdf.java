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

    /**
     * A PDF of about {@code megabytes} MB (the small one with comment lines in front of its end marker), for downloads
     * too big to fit in the connection's buffers.
     */
    public static byte[] large(int megabytes) {
        byte[] small = bytes();
        String end = "%%EOF\n";
        int head = small.length - end.length();
        byte[] line = "% isi tambahan agar berkas ini besar: 0123456789 abcdefghijklmnopqrstuvwxyz\n".getBytes(StandardCharsets.US_ASCII);
        int lines = megabytes * 1024 * 1024 / line.length;
        byte[] large = new byte[head + lines * line.length + end.length()];
        System.arraycopy(small, 0, large, 0, head);
        for (int i = 0; i < lines; i++) {
            System.arraycopy(line, 0, large, head + i * line.length, line.length);
        }
        System.arraycopy(small, head, large, head + lines * line.length, end.length());
        return large;
    }

    public static String sha256() {
        return sha256(bytes());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SamplePdf() {
    }
}
