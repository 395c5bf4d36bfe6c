package id.akademikoperasi.assessment.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The mark of one answered question: the fraction of its credit earned and the feedback the member sees.
 *
 * <pre>{@code
 * Mark mark = new Mark(new BigDecimal("0.5"), Arrays.asList("Half right", null));
 * mark.fraction();        // 0.5000
 * mark.feedback();        // ["Half right"]
 * mark.isFullyRight();    // false
 * }</pre>
 *
 * @param fraction from 0 to 1, kept at scale 4 (rounded half up)
 * @param feedback the feedback of the chosen or matched answers, then the general feedback; {@code null}s dropped
 */
public record Mark(BigDecimal fraction, List<String> feedback) {

    public static final int SCALE = 4;

    public Mark {
        fraction = Objects.requireNonNull(fraction, "fraction").setScale(SCALE, RoundingMode.HALF_UP);
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a mark is a fraction from 0 to 1, not " + fraction);
        }
        feedback = feedback.stream().filter(Objects::nonNull).toList();
    }

    public boolean isFullyRight() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
