package id.akademikoperasi.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The content address of a file: its SHA-256 as 64 lower-case hex digits.
 *
 * <pre>{@code
 * Sha256.isWellFormed("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");   // true
 * Sha256.isWellFormed("../../etc/passwd");                                                    // false
 * }</pre>
 * Anything that reaches the file system is checked with this first, so a hash can never be a path.
 */
public final class Sha256 {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public static boolean isWellFormed(String candidate) {
        return candidate != null && HEX64.matcher(candidate).matches();
    }

    /** @throws IllegalArgumentException when it is not 64 lower-case hex digits */
    public static String require(String candidate) {
        if (!isWellFormed(candidate)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex");
        }
        return candidate;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private Sha256() {
    }
}
