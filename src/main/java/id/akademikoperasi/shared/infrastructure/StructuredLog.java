package id.akademikoperasi.shared.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JSON object per line for events operators search for: logins, failed logins, lock-outs, admin actions.
 *
 * <pre>{@code
 * StructuredLog.event("login.failure", "login", "b3f1…", "ip", "10.0.0.4");
 * // {"event":"login.failure","login":"b3f1…","ip":"10.0.0.4"}
 * }</pre>
 * Never pass personal data (NIK, password, full phone number) as a value.
 */
public final class StructuredLog {

    private static final Logger LOG = Logger.getLogger("akademi.events");

    public static void event(String event, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues must come in pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event", event);
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        LOG.log(Level.INFO, toJson(fields));
    }

    static String toJson(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(escape(key)).append("\":");
            if (value == null) {
                json.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                json.append('"').append(escape(value.toString())).append('"');
            }
        });
        return json.append('}').toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private StructuredLog() {
    }
}
