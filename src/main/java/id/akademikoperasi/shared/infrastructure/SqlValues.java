package id.akademikoperasi.shared.infrastructure;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Column values of native queries as the domain wants them, whichever Java type the MariaDB driver chose.
 *
 * <pre>{@code
 * Instant at = SqlValues.instant(row[5]);   // DATETIME(6) as Timestamp or LocalDateTime; null stays null
 * }</pre>
 */
public final class SqlValues {

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case LocalDateTime l -> Timestamp.valueOf(l).toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("not a time column: " + value.getClass());
        };
    }

    /**
     * A DATETIME column that holds UTC wall-clock time (written as {@code LocalDateTime.ofInstant(at, UTC)}), read
     * back as the same instant whatever the JVM's zone; null stays null.
     */
    public static Instant utcInstant(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case Timestamp t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC);
            case Instant i -> i;
            default -> throw new IllegalStateException("not a time column: " + value.getClass());
        };
    }

    /**
     * A {@code LIKE} pattern that finds the typed text anywhere, the typed text taken literally: its {@code %},
     * {@code _} and {@code \\} are escaped (MariaDB's default escape character), and it is stripped first.
     */
    public static String contains(String typed) {
        String t = typed == null ? "" : typed.strip();
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** BOOLEAN arrives as Boolean or as a number, depending on the driver's settings. */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private SqlValues() {
    }
}
