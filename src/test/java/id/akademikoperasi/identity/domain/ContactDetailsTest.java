package id.akademikoperasi.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-7890", "0812 3456 7890", "+6281234567890", "6281234567890", "(0812) 3456.7890"})
    void indonesianMobileNumbersAreNormalised(String raw) {
        assertEquals(Optional.of("+6281234567890"), ContactDetails.normalisePhone(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0548 21234", "12345", "+1 202 555 0101", "08123", "0812345678901234", "abc"})
    void otherNumbersAreRefused(String raw) {
        assertEquals(Optional.empty(), ContactDetails.normalisePhone(raw));
    }

    @Test
    void emailsAreLowerCasedAndChecked() {
        assertEquals(Optional.of("siti.aminah@example.id"), ContactDetails.normaliseEmail(" Siti.Aminah@Example.ID "));
        assertEquals(Optional.empty(), ContactDetails.normaliseEmail("siti@"));
        assertEquals(Optional.empty(), ContactDetails.normaliseEmail("siti aminah@example.id"));
        assertEquals(Optional.empty(), ContactDetails.normaliseEmail("<script>@x.id"));
        assertEquals(Optional.empty(), ContactDetails.normaliseEmail("a".repeat(250) + "@x.id"));
    }

    @Test
    void phonesAreMaskedInTheMiddle() {
        assertEquals("+62812****7890", ContactDetails.maskPhone("+6281234567890"));
    }
}
