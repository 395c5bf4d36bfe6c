package id.akademikoperasi.identity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 10 to 128 characters, at least one letter and one digit, not one of the passwords
 * everybody tries first, and not built from the person's own name or login.
 *
 * <pre>{@code
 * PasswordPolicy.check("Koperasi#2026", "Siti Aminah", "siti@example.id"); // Optional.empty(): acceptable
 * }</pre>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890", "12345678910", "0123456789", "1234567890a", "qwertyuiop", "qwerty1234", "qwerty12345",
            "password1", "password12", "password123", "password1234", "passw0rd123", "1q2w3e4r5t",
            "abcdefghij", "abc1234567", "abcd123456", "iloveyou12", "indonesia1", "indonesia123", "indonesia45",
            "koperasi1", "koperasi12", "koperasi123", "koperasi2025", "koperasi2026", "merahputih1",
            "merahputih123", "bismillah1", "bismillah123", "bontang123", "admin12345", "administrator1",
            "sayang1234", "rahasia123", "1111111111", "aaaaaaaaa1", "a123456789", "asdfghjkl1");

    /** @return the message key of the first rule broken, or empty when the password is acceptable */
    public static Optional<String> check(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("identity.password.letterAndDigit");
        }
        String folded = fold(password);
        if (COMMON.contains(folded) || password.chars().distinct().count() < 4) {
            return Optional.of("identity.password.common");
        }
        for (String value : personal) {
            for (String part : fold(value == null ? "" : value).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4 && folded.contains(part)) {
                    return Optional.of("identity.password.personal");
                }
                // a phone number is recognised whether written 08…, 628… or +628…: its last 8 digits suffice
                if (part.length() >= 8 && part.chars().allMatch(Character::isDigit)
                        && folded.contains(part.substring(part.length() - 8))) {
                    return Optional.of("identity.password.personal");
                }
            }
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private PasswordPolicy() {
    }
}
