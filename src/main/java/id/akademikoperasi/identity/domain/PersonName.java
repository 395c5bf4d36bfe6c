package id.akademikoperasi.identity.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as on the KTP: letters of any script, spaces, and the marks names really contain
 * (apostrophe, hyphen, period, comma). Markup cannot get in: {@code <}, {@code >}, quotes and the like are refused.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'’-]*");

    /** The name tidied (trimmed, single spaces, NFC), or the message key of the rule it breaks. */
    public static Result check(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return new Result(name, Optional.of("identity.name.required"));
        }
        if (name.length() > MAX_LENGTH) {
            return new Result(name, Optional.of("identity.name.tooLong"));
        }
        if (name.length() < 2) {
            return new Result(name, Optional.of("identity.name.tooShort"));
        }
        if (!ALLOWED.matcher(name).matches()) {
            return new Result(name, Optional.of("identity.name.characters"));
        }
        return new Result(name, Optional.empty());
    }

    public record Result(String name, Optional<String> problem) {
    }

    private PersonName() {
    }
}
