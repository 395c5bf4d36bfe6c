package id.akademikoperasi.certification.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class VerificationRateLimitTest {

    @Test
    void retryAfterCountsToTheNextMinute() {
        assertEquals(60, VerificationRateLimit.secondsLeft(1_800_000_000L - 1_800_000_000L % 60));
        assertEquals(1, VerificationRateLimit.secondsLeft(1_800_000_000L - 1_800_000_000L % 60 + 59));
    }

    @Test
    void addressesAreStoredOnlyAsAHash() {
        String key = VerificationRateLimit.key("203.0.113.7");
        assertEquals(64, key.length());
        assertFalse(key.contains("203"));
        assertEquals(key, VerificationRateLimit.key("203.0.113.7"));
    }
}
