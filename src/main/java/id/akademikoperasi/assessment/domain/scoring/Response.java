package id.akademikoperasi.assessment.domain.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a member answered to one question, and its compact form for a database column.
 *
 * <pre>{@code
 * Response r = new Response.Matches(Map.of(0, "Ottawa", 1, "Paris"));
 * String column = r.toStorage();              // "M:0=Ottawa|1=Paris"
 * Response.fromStorage(column).equals(r);     // true
 * }</pre>
 *
 * <p>The stored forms are {@code C:0,2} (chosen indexes, ascending), {@code T:text} and {@code N:typed} (the rest
 * of the string as typed, nothing escaped), {@code M:0=Ottawa|1=Paris} (index of the pair, ascending, and the
 * chosen right-hand text with {@code \}, {@code |} and {@code =} escaped by a backslash) and {@code B:true}.
 */
public sealed interface Response {

    /** The compact form that {@link #fromStorage(String)} reads back to an equal response. */
    String toStorage();

    /**
     * Reads what {@link #toStorage()} wrote.
     *
     * @throws IllegalArgumentException when the text is not a stored response
     */
    static Response fromStorage(String stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.length() < 2 || stored.charAt(1) != ':') {
            throw new IllegalArgumentException("not a stored response: " + stored);
        }
        String body = stored.substring(2);
        return switch (stored.charAt(0)) {
            case 'C' -> Choices.read(body);
            case 'T' -> new Text(body);
            case 'N' -> new Number(body);
            case 'M' -> Matches.read(body);
            case 'B' -> Bool.read(body);
            default -> throw new IllegalArgumentException("not a stored response: " + stored);
        };
    }

    /**
     * The choices a member ticked, as indexes into the question's {@code choices()} in the order of the bank
     * (not the shuffled order the member saw).
     */
    record Choices(Set<Integer> chosen) implements Response {

        public Choices {
            chosen = Set.copyOf(chosen);
            if (chosen.stream().anyMatch(i -> i < 0)) {
                throw new IllegalArgumentException("a choice index starts at 0: " + chosen);
            }
        }

        public static Choices of(Integer... chosen) {
            return new Choices(Set.of(chosen));
        }

        @Override
        public String toStorage() {
            return "C:" + new TreeSet<>(chosen).stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        private static Choices read(String body) {
            Set<Integer> chosen = new TreeSet<>();
            if (!body.isEmpty()) {
                for (String index : body.split(",", -1)) {
                    chosen.add(index(index));
                }
            }
            return new Choices(chosen);
        }
    }

    /** The text a member typed for a short-answer question. */
    record Text(String text) implements Response {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toStorage() {
            return "T:" + text;
        }
    }

    /** A number as the member typed it ({@code "Rp 1.500.000"}); {@link NumberInput} reads it when scoring. */
    record Number(String typed) implements Response {

        public Number {
            Objects.requireNonNull(typed, "typed");
        }

        @Override
        public String toStorage() {
            return "N:" + typed;
        }
    }

    /**
     * The right-hand text a member chose for each left-hand side of a matching question, keyed by the index into
     * the question's {@code pairs()}. A left side left unanswered has no entry.
     */
    record Matches(Map<Integer, String> rightForLeft) implements Response {

        public Matches {
            rightForLeft = Map.copyOf(rightForLeft);
            if (rightForLeft.keySet().stream().anyMatch(i -> i < 0)) {
                throw new IllegalArgumentException("a pair index starts at 0: " + rightForLeft.keySet());
            }
        }

        @Override
        public String toStorage() {
            StringBuilder out = new StringBuilder("M:");
            new TreeMap<>(rightForLeft).forEach((left, right) -> {
                if (out.length() > 2) {
                    out.append('|');
                }
                out.append(left).append('=');
                for (char c : right.toCharArray()) {
                    if (c == '\\' || c == '|' || c == '=') {
                        out.append('\\');
                    }
                    out.append(c);
                }
            });
            return out.toString();
        }

        private static Matches read(String body) {
            Map<Integer, String> matches = new HashMap<>();
            int at = 0;
            while (at < body.length()) {
                int equals = body.indexOf('=', at);
                if (equals < 0) {
                    throw new IllegalArgumentException("a match needs '=': " + body.substring(at));
                }
                int left = index(body.substring(at, equals));
                StringBuilder right = new StringBuilder();
                at = equals + 1;
                while (at < body.length() && body.charAt(at) != '|') {
                    char c = body.charAt(at);
                    if (c == '=') {
                        throw new IllegalArgumentException("an unescaped '=' in a stored match: " + body);
                    }
                    if (c == '\\') {
                        if (++at == body.length()) {
                            throw new IllegalArgumentException("a stored match ends in a lone backslash");
                        }
                        c = body.charAt(at);
                    }
                    right.append(c);
                    at++;
                }
                if (matches.put(left, right.toString()) != null) {
                    throw new IllegalArgumentException("pair " + left + " matched twice: " + body);
                }
                if (at < body.length()) {
                    at++;
                    if (at == body.length()) {
                        throw new IllegalArgumentException("a stored match ends in '|'");
                    }
                }
            }
            return new Matches(matches);
        }
    }

    /** The answer to a true/false question. */
    record Bool(boolean value) implements Response {

        @Override
        public String toStorage() {
            return "B:" + value;
        }

        private static Bool read(String body) {
            return switch (body) {
                case "true" -> new Bool(true);
                case "false" -> new Bool(false);
                default -> throw new IllegalArgumentException("not a stored true/false answer: " + body);
            };
        }
    }

    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not an index: '" + digits + "'");
        }
        return Integer.parseInt(digits);
    }
}
