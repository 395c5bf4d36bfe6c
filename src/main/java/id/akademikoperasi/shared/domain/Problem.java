package id.akademikoperasi.shared.domain;

import java.util.List;

/**
 * One thing wrong with what a user entered: the field it belongs to (or {@code null} for the form as a whole),
 * a message key of the resource bundle, and the values the message needs.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message key");
        }
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}
