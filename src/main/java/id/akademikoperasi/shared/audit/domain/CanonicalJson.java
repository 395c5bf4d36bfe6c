package id.akademikoperasi.shared.audit.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The details of an audit entry as one canonical JSON text, so the same facts always give the same bytes:
 *
 * <pre>{@code
 * CanonicalJson.write(Map.of("scheme", "CALON_PENGURUS", "application", 42L, "note", "ok"))
 * // {"application":42,"note":"ok","scheme":"CALON_PENGURUS"}
 * }</pre>
 *
 * <ul>
 *   <li>no whitespace; object keys sorted by {@link String#compareTo} (UTF-16 code units, as RFC 8785 does);</li>
 *   <li>strings escaped only where JSON must: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other characters
 *       below U+0020 as a backslash, {@code u} and four lowercase hex digits; everything else literally, in UTF-8 once stored;</li>
 *   <li>{@code null}, booleans, integral numbers ({@code Byte … Long}, {@code BigInteger}) and {@code BigDecimal}
 *       (plain notation, scale kept: {@code 70.50} stays {@code 70.50}) as JSON values; maps and collections nested;</li>
 *   <li>enums by {@code name()}, dates and times ({@code Instant}, {@code LocalDate}, …) and anything else by
 *       {@code toString()}, as JSON strings;</li>
 *   <li>{@code float} and {@code double} are refused: their text is not stable enough to hash (use BigDecimal).</li>
 * </ul>
 * The verifier never parses this text: it hashes it exactly as stored. Canonical form matters so that whoever
 * writes an entry writes one text for one set of facts.
 */
public final class CanonicalJson {

    public static String write(Map<String, ?> object) {
        StringBuilder json = new StringBuilder();
        value(json, object == null ? Map.of() : object);
        return json.toString();
    }

    private static void value(StringBuilder json, Object value) {
        switch (value) {
            case null -> json.append("null");
            case Boolean b -> json.append(b);
            case Byte n -> json.append(n);
            case Short n -> json.append(n);
            case Integer n -> json.append(n);
            case Long n -> json.append(n);
            case BigInteger n -> json.append(n);
            case BigDecimal n -> json.append(n.toPlainString());
            case Float f -> throw new IllegalArgumentException("float in audit details: use BigDecimal");
            case Double d -> throw new IllegalArgumentException("double in audit details: use BigDecimal");
            case Number n -> throw new IllegalArgumentException("unsupported number in audit details: " + n.getClass());
            case Map<?, ?> map -> object(json, map);
            case Collection<?> items -> {
                json.append('[');
                boolean first = true;
                for (Object item : items) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    value(json, item);
                }
                json.append(']');
            }
            case Object[] items -> value(json, java.util.Arrays.asList(items));
            case Enum<?> e -> string(json, e.name());
            case TemporalAccessor t -> string(json, t.toString());
            default -> string(json, value.toString());
        }
    }

    private static void object(StringBuilder json, Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("audit details keys must be strings: " + e.getKey());
            }
            sorted.put(key, e.getValue());
        }
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, e.getKey());
            json.append(':');
            value(json, e.getValue());
        }
        json.append('}');
    }

    private static void string(StringBuilder json, String s) {
        AuditChain.requireWellFormed(s, "audit details");
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private CanonicalJson() {
    }
}
