package id.akademikoperasi.assessment.domain.bank;

import java.util.Objects;

/**
 * One pair of a matching question ({@code =Canada -> Ottawa}). An empty left side is Moodle's way of adding a
 * distractor: a right-hand answer that belongs to nothing.
 */
public record MatchPair(String left, String right) {

    public MatchPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
