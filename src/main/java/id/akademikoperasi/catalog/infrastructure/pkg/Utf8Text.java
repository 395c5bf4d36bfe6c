package id.akademikoperasi.catalog.infrastructure.pkg;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the line of the first bad byte (a file saved as Windows-1252, typically). */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The text without a leading byte-order mark, or {@code null} after adding a problem for {@code file}. */
    static String decode(byte[] bytes, String file, PackageProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(file, lineAt(bytes, in.position()), "catalog.package.notUtf8");
            return null;
        }
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The 1-based line of a byte position (where a decoding problem is reported). */
    public static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private Utf8Text() {
    }
}
