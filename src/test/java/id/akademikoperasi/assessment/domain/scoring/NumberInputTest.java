package id.akademikoperasi.assessment.domain.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberInputTest {

    private static final Locale ID = Locale.of("id");

    @ParameterizedTest(name = "id: \"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "12,5; 12.5",
            "1.500.000; 1500000",
            "Rp 1.500.000; 1500000",
            "Rp1.500.000; 1500000",
            "rp. 1.500.000,-; 1500000",
            "Rp\u00A01.500; 1500",
            "1.500; 1500",
            "1.500,25; 1500.25",
            "1,500.25; 1500.25",
            "2.5; 2.5",
            "1234.5; 1234.5",
            "0.500; 0.5",
            "1,500; 1.5",
            "-3; -3",
            "'  7 '; 7",
            "+4; 4",
            "- Rp 2.000; -2000",
            "Rp -2.000; -2000",
            ",5; 0.5",
            "007; 7",
    })
    void readsIndonesianNumbers(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(NumberInput.parse(typed, ID).orElseThrow()), typed);
    }

    @ParameterizedTest(name = "en: \"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "1.500; 1.5",
            "1,500; 1500",
            "1,500,000; 1500000",
            "1.500.000; 1500000",
            "12,5; 12.5",
            "2.5; 2.5",
            "1.500,25; 1500.25",
            "-3; -3",
    })
    void readsEnglishNumbers(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(
                NumberInput.parse(typed, Locale.ENGLISH).orElseThrow()), typed);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", "   ", "dua", "12a", "1.50.000", "1..5", "5.", "1 500", "--3", "-", "Rp", "1e3",
            "1.500,25,5", "1,500.000,5", "0.500.000", "1.5.0", "Rp 1.500.000,-,-", "12,5%", "٣"})
    void garbageIsEmpty(String typed) {
        assertEquals(Optional.empty(), NumberInput.parse(typed, ID));
        assertEquals(Optional.empty(), NumberInput.parse(typed, Locale.ENGLISH));
    }

    @Test
    void nullIsEmpty() {
        assertTrue(NumberInput.parse(null, ID).isEmpty());
    }
}
