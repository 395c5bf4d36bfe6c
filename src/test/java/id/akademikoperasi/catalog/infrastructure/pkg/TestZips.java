package id.akademikoperasi.catalog.infrastructure.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips built with {@code java.util.zip}, and patched by hand where it cannot go: it writes no external
 * attributes (so no symbolic links), refuses duplicate names and always tells the truth about sizes.
 */
final class TestZips {

    static final int CENTRAL_SIGNATURE = 0x02014b50;

    /** Names ending in {@code /} become folder entries. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Patches the central directory header of the entry {@code name}; offsets as in the zip specification. */
    static byte[] patchCentral(byte[] zip, String name, Consumer<ByteBuffer> patch) {
        byte[] patched = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 <= patched.length; at++) {
            if (buffer.getInt(at) == CENTRAL_SIGNATURE) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                if (Arrays.equals(Arrays.copyOfRange(patched, at + 46, at + 46 + nameLength), wanted)) {
                    patch.accept(buffer.slice(at, 46).order(ByteOrder.LITTLE_ENDIAN));
                    return patched;
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** Renames an entry everywhere (local and central header) to a name of the same length. */
    static byte[] rename(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] patched = zip.clone();
        for (int at = 0; at + a.length <= patched.length; at++) {
            if (Arrays.equals(patched, at, at + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, patched, at, b.length);
            }
        }
        return patched;
    }

    private TestZips() {
    }
}
