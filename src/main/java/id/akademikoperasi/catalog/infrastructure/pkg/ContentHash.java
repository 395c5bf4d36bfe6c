package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Bilingual;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical serialisation behind {@link CoursePackage#contentHash()}: named fields, each value prefixed by
 * its length (so no two different packages can serialise to the same bytes), hashed with SHA-256. The manifest
 * enters through its values, not its text, so re-indenting {@code course.yml} or editing a comment is not a new
 * version; every other file enters as its path, size and SHA-256.
 */
final class ContentHash {

    /** Bump when the serialisation changes, so old and new hashes can never be mistaken for each other. */
    private static final String FORMAT = "akademi-koperasi/course-package/1";

    private final MessageDigest digest = sha256();
    private final DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest));

    ContentHash() {
        text("format", FORMAT);
    }

    ContentHash text(String field, String value) {
        try {
            bytes(field.getBytes(StandardCharsets.UTF_8));
            if (value == null) {
                out.writeInt(-1);
            } else {
                bytes(value.getBytes(StandardCharsets.UTF_8));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentHash number(String field, long value) {
        return text(field, Long.toString(value));
    }

    ContentHash bilingual(String field, Bilingual value) {
        return text(field + "/id", value.id()).text(field + "/en", value.en());
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void bytes(byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String sha256Hex(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
