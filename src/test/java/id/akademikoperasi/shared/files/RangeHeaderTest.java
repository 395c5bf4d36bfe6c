package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.files.RangeHeader.Part;
import id.akademikoperasi.shared.files.RangeHeader.Unsatisfiable;
import id.akademikoperasi.shared.files.RangeHeader.Whole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RangeHeaderTest {

    private static final long SIZE = 1000;

    @ParameterizedTest(name = "{0} → {1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "bytes=0-99         | 0   | 99",
            "bytes=0-0          | 0   | 0",
            "bytes=999-999      | 999 | 999",
            "bytes=500-         | 500 | 999",
            "bytes=0-           | 0   | 999",
            "bytes=900-5000     | 900 | 999",
            "bytes=-100         | 900 | 999",
            "bytes=-1           | 999 | 999",
            "bytes=-1000        | 0   | 999",
            "bytes=-5000        | 0   | 999",
            "Bytes=10-19        | 10  | 19",
            "bytes=10-19,       | 10  | 19",
            "bytes= 10-19       | 10  | 19",
            "bytes=0-99999999999999999999999 | 0 | 999",
            "bytes=007-009      | 7   | 9"})
    void oneSatisfiableRangeIsAPart(String header, long first, long last) {
        Part part = assertInstanceOf(Part.class, RangeHeader.parse(header, SIZE));
        assertEquals(new ByteRange(first, last), part.range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1001", "bytes=5000-6000", "bytes=-0",
            "bytes=99999999999999999999-"})
    void aRangeBeyondTheEndIsUnsatisfiable(String header) {
        assertInstanceOf(Unsatisfiable.class, RangeHeader.parse(header, SIZE));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-2", "bytes=1-2-3", "bytes=--5",
            "bytes=+1-2", "bytes=1 - 2", "bytes=0x10-0x20", "items=0-99", "bytes 0-99", "=0-99",
            "bytes=0-1,5-6", "bytes=0-99, 200-299", "bytes=-1,-2", "bytes=0-1,2000-3000", "bytes=,,,"})
    void noHeaderMalformedOtherUnitsAndSeveralRangesMeanTheWholeFile(String header) {
        assertInstanceOf(Whole.class, RangeHeader.parse(header, SIZE));
    }

    @Test
    void anEmptyFileHasNoSatisfiableRange() {
        assertInstanceOf(Unsatisfiable.class, RangeHeader.parse("bytes=0-", 0));
        assertInstanceOf(Unsatisfiable.class, RangeHeader.parse("bytes=-10", 0));
        assertInstanceOf(Whole.class, RangeHeader.parse(null, 0));
    }

    @Test
    void aByteRangeKnowsItsLengthAndContentRange() {
        ByteRange range = new ByteRange(900, 999);
        assertEquals(100, range.length());
        assertEquals("bytes 900-999/1000", range.contentRange(1000));
        assertEquals(new ByteRange(0, 999), ByteRange.whole(1000));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 4));
    }
}
