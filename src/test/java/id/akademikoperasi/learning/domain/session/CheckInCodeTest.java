package id.akademikoperasi.learning.domain.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInCodeTest {

    /** RFC 6238's SHA-256 test secret and one of its published values (8 digits there; the last 6 here). */
    static final byte[] RFC_SECRET = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final Instant T = Instant.parse("2026-11-28T03:00:10Z");

    @Test
    void theCodeIsTheStandardTotpOfTheSessionSecret() {
        // RFC 6238 appendix B: T = 59 s, SHA-256 -> 46119246
        assertEquals("119246", new CheckInCode(RFC_SECRET).at(Instant.ofEpochSecond(59)));
    }

    @Test
    void itChangesEvery30SecondsAndIsTheSameOnEveryInstance() {
        CheckInCode one = new CheckInCode(RFC_SECRET);
        CheckInCode other = new CheckInCode(RFC_SECRET.clone());
        assertEquals(one.at(T), other.at(T), "computed, not stored: every instance agrees");
        assertEquals(one.at(T), one.at(T.plusSeconds(19)), "same step (T is 10 s into it)");
        assertNotEquals(one.at(T), one.at(T.plusSeconds(20)), "next step");
        assertEquals(Instant.parse("2026-11-28T03:00:30Z"), one.nextChangeAfter(T));
        assertEquals(6, one.at(T).length());
    }

    @Test
    void aCodeIsAcceptedInItsOwnStepAndTheNextOnlyNotFromAnOldScreenshot() {
        CheckInCode code = new CheckInCode(RFC_SECRET);
        String shown = code.at(T);
        assertTrue(code.accepts(shown, T));
        assertTrue(code.accepts(" " + shown.substring(0, 3) + " " + shown.substring(3) + " ", T.plusSeconds(5)), "typed with spaces");
        assertTrue(code.accepts(shown, T.plusSeconds(45)), "scanned at the turn of a step");
        assertFalse(code.accepts(shown, T.plus(Duration.ofSeconds(50))), "a minute old: refused");
        assertFalse(code.accepts(shown, T.minus(CheckInCode.STEP)), "not before it was shown");
        assertFalse(new CheckInCode("another secret of the right length!".getBytes(StandardCharsets.US_ASCII)).accepts(shown, T),
                "another session's code");
        assertFalse(code.accepts("12345", T));
        assertFalse(code.accepts("abcdef", T));
        assertFalse(code.accepts(null, T));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInCode(new byte[8]));
    }
}
