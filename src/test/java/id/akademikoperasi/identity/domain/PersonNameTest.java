package id.akademikoperasi.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Siti Aminah", "Andi Muh. Ridwan", "Ni Luh Ayu Kade", "Nur'aini", "Dg. Masikki", "La Ode Hasan-Basri",
            "Ahmad, S.Pd", "Muḥammad"})
    void realNamesAreAccepted(String name) {
        assertEquals(Optional.empty(), PersonName.check(name).problem());
    }

    @Test
    void whitespaceIsTidied() {
        assertEquals("Siti Aminah", PersonName.check("  Siti   Aminah ").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Siti</b>", "Siti\"Aminah", "Budi <script>", "Budi & Ani", "Agus2", "@budi", "Rina;DROP"})
    void markupAndSymbolsAreRefused(String name) {
        assertEquals(Optional.of("identity.name.characters"), PersonName.check(name).problem());
    }

    @Test
    void lengthLimits() {
        assertEquals(Optional.of("identity.name.required"), PersonName.check("   ").problem());
        assertEquals(Optional.of("identity.name.required"), PersonName.check(null).problem());
        assertEquals(Optional.of("identity.name.tooShort"), PersonName.check("A").problem());
        assertEquals(Optional.of("identity.name.tooLong"), PersonName.check("A".repeat(101)).problem());
        assertEquals(Optional.empty(), PersonName.check("A".repeat(100)).problem());
    }
}
