package id.akademikoperasi.assessment.domain.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkTest {

    @Test
    void fractionIsKeptAtFourPlacesRoundedHalfUp() {
        assertEquals(new BigDecimal("0.6667"), new Mark(new BigDecimal("0.66665"), List.of()).fraction());
        assertEquals(new BigDecimal("1.0000"), new Mark(BigDecimal.ONE, List.of()).fraction());
    }

    @Test
    void feedbackDropsNulls() {
        assertEquals(List.of("a", "b"), new Mark(BigDecimal.ZERO, Arrays.asList(null, "a", null, "b")).feedback());
    }

    @Test
    void fullyRightOnlyAtOne() {
        assertTrue(new Mark(new BigDecimal("0.99996"), List.of()).isFullyRight());
        assertFalse(new Mark(new BigDecimal("0.9999"), List.of()).isFullyRight());
    }

    @Test
    void fractionStaysBetweenZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new Mark(new BigDecimal("1.0001"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Mark(new BigDecimal("-0.0001"), List.of()));
    }
}
