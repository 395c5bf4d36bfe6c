package id.akademikoperasi.certification.domain;

import java.util.Optional;

/**
 * The code printed on a certificate and in its QR, as people type it: 16 characters of an alphabet without the look-alikes
 * 0/O and 1/I. Whatever someone types is first tidied up (spaces, dashes and case do not matter), and only then compared.
 *
 * <pre>{@code
 * VerificationCode.normalise(" abcd-2345 efgh-6789 ");   // Optional["ABCD2345EFGH6789"]
 * VerificationCode.normalise("not a code");             // Optional.empty(): matches no certificate
 * }</pre>
 */
public final class VerificationCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 16;
    /** Far more than any real input: longer text is not even tidied up. */
    private static final int MAX_INPUT = 64;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private VerificationCode() {
    }

    /** A new code: {@value #LENGTH} characters of the alphabet, 80 bits from a secure random source, not guessable. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The public page that checks the code, under the site's public address (without a trailing slash). */
    public static String url(String publicBase, String code) {
        return publicBase.replaceAll("/+$", "") + "/v/" + code;
    }

    /** The code in its stored form, or empty when the input cannot be any certificate's code. */
    public static Optional<String> normalise(String input) {
        if (input == null || input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '-' || c == '\t' || c == '\u00a0') {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
            if (ALPHABET.indexOf(upper) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(upper);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
