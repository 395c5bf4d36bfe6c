package id.akademikoperasi.shared.infrastructure;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

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
