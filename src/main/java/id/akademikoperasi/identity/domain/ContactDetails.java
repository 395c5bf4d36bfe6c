package id.akademikoperasi.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail address and Indonesian mobile number a person logs in with; at least one is needed.
 *
 * <pre>{@code
 * ContactDetails.normalisePhone("0812-3456-7890");  // Optional.of("+6281234567890")
 * }</pre>
 */
public final class ContactDetails {

    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");
    private static final Pattern MOBILE = Pattern.compile("\\+628\\d{7,11}");

    /** Lower-cased address, or empty when it is not a plausible e-mail address. */
    public static Optional<String> normaliseEmail(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /** {@code +628…} form of an Indonesian mobile number written as 08…, 628… or +628…, or empty. */
    public static Optional<String> normalisePhone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[\\s().-]", "");
        if (digits.startsWith("08")) {
            digits = "+62" + digits.substring(1);
        } else if (digits.startsWith("628")) {
            digits = "+" + digits;
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** True when the login the user typed looks like an e-mail address rather than a phone number. */
    public static boolean looksLikeEmail(String login) {
        return login != null && login.contains("@");
    }

    /** A phone number with its middle hidden: {@code +62812****7890}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 9) {
            return phone;
        }
        return phone.substring(0, 6) + "*".repeat(phone.length() - 10) + phone.substring(phone.length() - 4);
    }

    private ContactDetails() {
    }
}
