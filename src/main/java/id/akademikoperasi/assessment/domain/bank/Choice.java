package id.akademikoperasi.assessment.domain.bank;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer of a choice or short-answer question.
 *
 * <pre>{@code
 * new Choice("Nazareth", new BigDecimal("100"), "Yes! That's right!")
 * }</pre>
 *
 * @param weight   the credit in percent, -100 to 100 ({@code =} means 100, {@code ~} means 0 unless
 *                 {@code %n%} says otherwise)
 * @param feedback what the learner sees after choosing it, or {@code null}
 */
public record Choice(String text, BigDecimal weight, String feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weight, "weight");
    }

    /** Whether choosing it earns credit. */
    public boolean isRight() {
        return weight.signum() > 0;
    }
}
