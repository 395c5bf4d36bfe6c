package id.akademikoperasi.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void aLongMixedPasswordIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.check("Sembako#Guntung9", "Siti Aminah", "siti@example.id"));
    }

    @Test
    void tooShortAndTooLong() {
        assertEquals(Optional.of("identity.password.tooShort"), PasswordPolicy.check("Abc12345"));
        assertEquals(Optional.of("identity.password.tooShort"), PasswordPolicy.check(null));
        assertEquals(Optional.of("identity.password.tooLong"), PasswordPolicy.check("a1".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijk", "12345678901", "!!!!????####"})
    void needsLettersAndDigits(String password) {
        assertEquals(Optional.of("identity.password.letterAndDigit"), PasswordPolicy.check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "KOPERASI2026", "indonesia45", "a1a1a1a1a1a1"})
    void commonPasswordsAreRefused(String password) {
        assertEquals(Optional.of("identity.password.common"), PasswordPolicy.check(password));
    }

    @Test
    void personalDataInsideThePasswordIsRefused() {
        assertEquals(Optional.of("identity.password.personal"), PasswordPolicy.check("Aminah19901", "Siti Aminah"));
        assertEquals(Optional.of("identity.password.personal"), PasswordPolicy.check("budiman2024x", null, "budiman@example.id"));
        assertEquals(Optional.of("identity.password.personal"), PasswordPolicy.check("x81234567890", null, null, "081234567890"));
        // parts shorter than four letters are too common to forbid
        assertEquals(Optional.empty(), PasswordPolicy.check("Nur#Sembako7", "Nur Ali"));
    }
}
