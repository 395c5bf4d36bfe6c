package id.akademikoperasi.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadinessTest {

    static final Map<String, Set<String>> SCHEMES = Map.of(
            "CALON_PENGURUS", Set.of("PENGURUS"),
            "CALON_PENGAWAS", Set.of("PENGAWAS"),
            "MANAJER_UNIT_USAHA", Readiness.positionsOf("MANAJER, BENDAHARA_USP"));

    @Test
    void aKoperasiWithEnoughHoldersForEverySeatIsReady() {
        Readiness r = Readiness.of(BoardComposition.DEFAULT, SCHEMES,
                Map.of("CALON_PENGURUS", 7L, "CALON_PENGAWAS", 3L, "MANAJER_UNIT_USAHA", 1L));
        assertTrue(r.ready());
        assertEquals(9, r.seats());
        assertEquals(9, r.seatsCovered(), "surplus candidates cover no more seats than there are");
    }

    @Test
    void oneMissingManagerMakesItNotReadyAndCoversEightOfNine() {
        Readiness r = Readiness.of(BoardComposition.DEFAULT, SCHEMES, Map.of("CALON_PENGURUS", 6L, "CALON_PENGAWAS", 3L));
        assertFalse(r.ready());
        assertEquals(8, r.seatsCovered());
        assertEquals(0, r.positions().get("MANAJER").candidates());
        assertEquals(5, r.positions().get("PENGURUS").covered());
    }

    @Test
    void aSchemeCountsForEachPositionItNamesAndTheElectionDecidesTheSeats() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        seats.put("PENGURUS", 7);
        seats.put("BENDAHARA_USP", 1);
        Readiness r = Readiness.of(new BoardComposition(seats), SCHEMES,
                Map.of("CALON_PENGURUS", 7L, "MANAJER_UNIT_USAHA", 1L));
        assertTrue(r.ready());
        assertEquals(8, r.seats());
        assertEquals(0, Readiness.of(BoardComposition.DEFAULT, SCHEMES, Map.of()).seatsCovered());
    }

    @Test
    void seatsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new BoardComposition(Map.of("PENGURUS", -1)));
        assertEquals(Set.of(), Readiness.positionsOf(" , "));
    }
}
