package id.akademikoperasi.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NikTest {

    @Test
    void aWellFormedNikIsAcceptedAndReadable() {
        Nik nik = Nik.parse("6474014506990003");
        assertEquals("647401", nik.regionDigits());
        assertTrue(nik.isFemale());
        assertTrue(nik.matchesBirthDate(LocalDate.of(1999, 6, 5)));
        assertFalse(nik.matchesBirthDate(LocalDate.of(1999, 6, 6)));
        assertFalse(nik.matchesBirthDate(LocalDate.of(1989, 6, 5)));
    }

    @Test
    void spacesDotsAndDashesAreIgnored() {
        assertEquals("6474011203880021", Nik.parse(" 6474 0112 0388 0021 ").digits());
        assertEquals("6474011203880021", Nik.parse("64.74.01-120388-0021").digits());
    }

    @Test
    void aMansBirthDayIsNotOffset() {
        Nik nik = Nik.parse("6474011203880021");
        assertFalse(nik.isFemale());
        assertTrue(nik.matchesBirthDate(LocalDate.of(1988, 3, 12)));
    }

    @ParameterizedTest
    @CsvSource({
            "'', identity.nik.required",
            "647401120388002, identity.nik.shape",
            "64740112038800211, identity.nik.shape",
            "647401120388002A, identity.nik.shape",
            "9974011203880021, identity.nik.region",
            "6400011203880021, identity.nik.region",
            "6474001203880021, identity.nik.region",
            "6474013203880021, identity.nik.birthDate",
            "6474017203880021, identity.nik.birthDate",
            "6474011213880021, identity.nik.birthDate",
            "6474013002880021, identity.nik.birthDate",
            "6474011203880000, identity.nik.serial"
    })
    void eachBrokenRuleHasItsOwnMessage(String raw, String key) {
        InvalidNikException e = assertThrows(InvalidNikException.class, () -> Nik.parse(raw));
        assertEquals(key, e.messageKey());
    }

    @Test
    void nullIsRequired() {
        assertEquals("identity.nik.required", assertThrows(InvalidNikException.class, () -> Nik.parse(null)).messageKey());
    }

    @Test
    void the29thOfFebruaryIsAPossibleBirthDay() {
        assertTrue(Nik.parse("6474016902000011").matchesBirthDate(LocalDate.of(2000, 2, 29)));
    }

    @Test
    void maskingHidesTheMiddleAndToStringNeverShowsTheDigits() {
        Nik nik = Nik.parse("6474014506990003");
        assertEquals("6474********0003", nik.masked());
        assertFalse(nik.toString().contains("45069900"));
        assertEquals("****************", Nik.mask(null));
    }
}
