package id.akademikoperasi.certification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateNumberTest {

    @Test
    void cityYearAndASixDigitSequence() {
        assertEquals("AK/6474/2026/000123", CertificateNumber.of("64.74.01.1004", 2026, 123));
        assertEquals("AK/6474/2027/000001", CertificateNumber.of("64.74", 2027, 1));
        assertEquals("6474", CertificateNumber.city("64.74.03.1003"));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of("64", 2026, 1), "a province is not a city");
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of("64.74.01.1004", 2026, 0));
    }
}
