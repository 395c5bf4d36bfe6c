package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeatsTest {

    @Test
    void fiveSevenAndNinePengurusAreAllowed() {
        assertEquals(5, Seats.of(0, 3, 1).pengurus());
        assertEquals(7, Seats.of(2, 3, 1).pengurus());
        assertEquals(9, Seats.of(4, 0, 0).pengurus());
        assertEquals(List.of(Position.KETUA, Position.WAKIL_KETUA_USAHA, Position.WAKIL_KETUA_ANGGOTA,
                Position.SEKRETARIS, Position.BENDAHARA, Position.PENGURUS_ANGGOTA, Position.PENGAWAS), Seats.of(2, 3, 0).positions());
    }

    @Test
    void anEvenPengurusIsRefused() {
        assertEquals("evenPengurus", assertThrows(RuleRefusal.class, () -> Seats.of(1, 3, 1)).reason());
        assertEquals("evenPengurus", assertThrows(RuleRefusal.class, () -> Seats.of(3, 3, 1)).reason());
    }

    @Test
    void moreThanNinePengurusIsRefusedEvenWhenOdd() {
        assertEquals("tooManyPengurus", assertThrows(RuleRefusal.class, () -> Seats.of(6, 3, 1)).reason());
        assertEquals("tooManyPengurus", assertThrows(RuleRefusal.class, () -> Seats.of(5, 3, 1)).reason());
    }

    @Test
    void theFiveNamedOfficesHaveOneSeatEach() {
        Map<Position, Integer> noTreasurer = new EnumMap<>(Seats.of(0, 1, 0).asMap());
        noTreasurer.remove(Position.BENDAHARA);
        noTreasurer.put(Position.PENGURUS_ANGGOTA, 1);
        assertEquals("namedOffice", assertThrows(RuleRefusal.class, () -> Seats.from(noTreasurer)).reason());
        Map<Position, Integer> twoChairs = new EnumMap<>(Seats.of(0, 1, 0).asMap());
        twoChairs.put(Position.KETUA, 2);
        twoChairs.put(Position.PENGURUS_ANGGOTA, 1);
        assertEquals("namedOffice", assertThrows(RuleRefusal.class, () -> Seats.from(twoChairs)).reason());
    }

    @Test
    void pengawasAndManagerSeatsHaveCeilings() {
        assertEquals("tooManyPengawas", assertThrows(RuleRefusal.class, () -> Seats.of(0, 4, 0)).reason());
        assertEquals("tooManyManajer", assertThrows(RuleRefusal.class, () -> Seats.of(0, 3, 8)).reason());
        assertEquals("negative", assertThrows(RuleRefusal.class, () -> Seats.of(0, -1, 0)).reason());
    }

    @Test
    void aTermIsAtMostFiveYears() {
        LocalDate start = LocalDate.of(2026, 10, 1);
        new Term(start, start.plusYears(5));
        assertEquals("tooLong", assertThrows(RuleRefusal.class, () -> new Term(start, start.plusYears(5).plusDays(1))).reason());
        assertEquals("endBeforeStart", assertThrows(RuleRefusal.class, () -> new Term(start, start)).reason());
        assertEquals("missing", assertThrows(RuleRefusal.class, () -> new Term(null, start)).reason());
    }

    @Test
    void anElectionIsPlannedForTodayOrLaterAndItsResultRecordedOnceAfterTheMeeting() {
        LocalDate today = LocalDate.of(2026, 9, 1);
        LocalDate date = today.plusDays(14);
        assertEquals("dateInPast", assertThrows(RuleRefusal.class, () -> Election.plan(1, "64", ElectionKind.RAPAT_ANGGOTA,
                today.minusDays(1), "Aula", Seats.of(0, 3, 0), 1, java.time.Instant.EPOCH, today)).reason());
        assertEquals("place", assertThrows(RuleRefusal.class, () -> Election.plan(1, "64", ElectionKind.RAPAT_ANGGOTA,
                date, "  ", Seats.of(0, 3, 0), 1, java.time.Instant.EPOCH, today)).reason());
        Election e = Election.plan(1, "64", ElectionKind.RAPAT_ANGGOTA, date, " Aula Kelurahan ", Seats.of(2, 3, 0), 1,
                java.time.Instant.EPOCH, today);
        assertEquals("Aula Kelurahan", e.place());
        assertEquals(Seats.of(2, 3, 0), e.seats());
        assertEquals(true, e.takesNominations(date));
        assertEquals(false, e.takesNominations(date.plusDays(1)));
        Term term = new Term(date, date.plusYears(5));
        assertEquals("resultBeforeMeeting", assertThrows(RuleRefusal.class,
                () -> e.recordResult(term, 1, java.time.Instant.EPOCH, date.minusDays(1))).reason());
        assertEquals("termBeforeMeeting", assertThrows(RuleRefusal.class,
                () -> e.recordResult(new Term(date.minusDays(1), date.plusYears(1)), 1, java.time.Instant.EPOCH, date)).reason());
        e.recordResult(term, 1, java.time.Instant.EPOCH, date);
        assertEquals(false, e.takesNominations(date));
        assertEquals("resultAlreadyRecorded", assertThrows(RuleRefusal.class,
                () -> e.recordResult(term, 1, java.time.Instant.EPOCH, date)).reason());
    }
}
