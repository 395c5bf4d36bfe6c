package id.akademikoperasi.assessment.domain.bank;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One accepted value of a numeric question: a value with a tolerance ({@code {#3.14:0.005}}) or a range
 * ({@code {#1..5}}); a range keeps its ends so that nothing is lost by rounding.
 *
 * <pre>{@code
 * NumericAnswer.tolerance(new BigDecimal("1822"), new BigDecimal("5"), new BigDecimal("100"), null)
 *         .accepts(new BigDecimal("1820"))   // true
 * }</pre>
 *
 * @param min      the smallest accepted value
 * @param max      the largest accepted value
 * @param value    the value written ({@code null} for a range)
 * @param tolerance the tolerance written ({@code null} for a range)
 * @param weight   credit in percent
 * @param feedback or {@code null}
 */
public record NumericAnswer(BigDecimal min, BigDecimal max, BigDecimal value, BigDecimal tolerance,
                            BigDecimal weight, String feedback) {

    public NumericAnswer {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(weight, "weight");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    public static NumericAnswer tolerance(BigDecimal value, BigDecimal tolerance, BigDecimal weight, String feedback) {
        BigDecimal spread = tolerance.abs();
        return new NumericAnswer(value.subtract(spread), value.add(spread), value, tolerance, weight, feedback);
    }

    public static NumericAnswer range(BigDecimal min, BigDecimal max, BigDecimal weight, String feedback) {
        return new NumericAnswer(min, max, null, null, weight, feedback);
    }

    public boolean isRange() {
        return value == null;
    }

    public boolean accepts(BigDecimal answer) {
        return answer.compareTo(min) >= 0 && answer.compareTo(max) <= 0;
    }
}
