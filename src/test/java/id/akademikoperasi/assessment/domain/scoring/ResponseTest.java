package id.akademikoperasi.assessment.domain.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResponseTest {

    private static final String HOSTILE = "a|b=c\\d\\|e\\=f|=\\ \n\t\"'; DROP TABLE x; -- ¿ñ? 🙂 M:0=1|";

    private static void roundTrips(Response response) {
        assertEquals(response, Response.fromStorage(response.toStorage()));
    }

    @Test
    void choicesAreStoredAscending() {
        Response response = new Response.Choices(Set.of(2, 0, 10));
        assertEquals("C:0,2,10", response.toStorage());
        roundTrips(response);
    }

    @Test
    void noChoiceIsStoredEmpty() {
        assertEquals("C:", Response.Choices.of().toStorage());
        roundTrips(Response.Choices.of());
    }

    @Test
    void textAndNumberKeepEverythingAsTyped() {
        assertEquals("T:kopérasi  ", new Response.Text("kopérasi  ").toStorage());
        assertEquals("N:Rp 1.500.000", new Response.Number("Rp 1.500.000").toStorage());
        roundTrips(new Response.Text(HOSTILE));
        roundTrips(new Response.Number(HOSTILE));
        roundTrips(new Response.Text(""));
        roundTrips(new Response.Text("C:0,1"));
    }

    @Test
    void matchesEscapeTheirSeparators() {
        Response response = new Response.Matches(Map.of(1, "Paris", 0, "Ottawa"));
        assertEquals("M:0=Ottawa|1=Paris", response.toStorage());
        assertEquals("M:0=a\\|b\\=c\\\\d", new Response.Matches(Map.of(0, "a|b=c\\d")).toStorage());
        roundTrips(response);
    }

    @Test
    void hostileMatchesRoundTrip() {
        roundTrips(new Response.Matches(Map.of(0, HOSTILE, 3, "", 7, "\\", 12, "|", 13, "=", 14, "\\\\|")));
        roundTrips(new Response.Matches(Map.of()));
    }

    @Test
    void boolRoundTrips() {
        assertEquals("B:true", new Response.Bool(true).toStorage());
        roundTrips(new Response.Bool(true));
        roundTrips(new Response.Bool(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "C", "C0", "X:1", "C:a", "C:1,", "C:-1", "C:99999999999", "B:yes", "B:",
            "M:0", "M:x=a", "M:0=a|", "M:0=a\\", "M:0=a=b", "M:0=a|0=b", "M:=a", "c:0"})
    void malformedStorageIsRefused(String stored) {
        assertThrows(IllegalArgumentException.class, () -> Response.fromStorage(stored));
    }

    @Test
    void negativeIndexesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Response.Choices.of(-1));
        assertThrows(IllegalArgumentException.class, () -> new Response.Matches(Map.of(-1, "a")));
    }
}
