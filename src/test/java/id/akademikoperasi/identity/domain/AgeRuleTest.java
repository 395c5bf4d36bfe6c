package id.akademikoperasi.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void seventeenOnTheDayIsOldEnough() {
        assertEquals(Optional.empty(), AgeRule.check(LocalDate.of(2009, 11, 28), TODAY));
        assertEquals(Optional.of("identity.birthDate.underage"), AgeRule.check(LocalDate.of(2009, 11, 29), TODAY));
    }

    @Test
    void missingFutureAndImplausibleDatesAreRefused() {
        assertEquals(Optional.of("identity.birthDate.required"), AgeRule.check(null, TODAY));
        assertEquals(Optional.of("identity.birthDate.future"), AgeRule.check(TODAY.plusDays(1), TODAY));
        assertEquals(Optional.of("identity.birthDate.implausible"), AgeRule.check(LocalDate.of(1900, 1, 1), TODAY));
    }
}
