package id.akademikoperasi.learning.infrastructure;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.akademikoperasi.learning.application.SessionExports.CalendarEntry;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.domain.session.SessionKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCalendarTest {

    static final Locale ID = Locale.forLanguageTag("id");
    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    static final List<CalendarEntry> ENTRIES = List.of(
            new CalendarEntry(41, SessionKind.PELATIHAN, "Pelatihan RAT", "Aula Kelurahan Guntung", "Guntung",
                    Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T04:00:00Z"), Registration.REGISTERED),
            new CalendarEntry(42, SessionKind.SOSIALISASI, "Sosialisasi Koperasi Merah Putih, tahap 2; Bontang Utara",
                    "Gedung Serbaguna", "Bontang Utara", Instant.parse("2026-12-07T06:30:00Z"),
                    Instant.parse("2026-12-07T08:00:00Z"), Registration.WAITLISTED));

    @Test
    void oneEventPerSessionInUtcWithAStableUid() {
        String ics = SessionCalendar.write(ENTRIES, ID, NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("PRODID:" + SessionCalendar.PRODUCT_ID), ics);
        assertTrue(ics.contains("X-WR-CALNAME:Sesi tatap muka saya"), ics);
        assertTrue(ics.contains("DTSTART:20261205T010000Z"), "UTC, not a floating local time:\n" + ics);
        assertTrue(ics.contains("DTEND:20261205T040000Z"), ics);

        ICalendar parsed = Biweekly.parse(ics).first();
        assertEquals(2, parsed.getEvents().size());
        VEvent first = parsed.getEvents().get(0);
        assertEquals("session-41@akademikoperasi.id", first.getUid().getValue());
        assertEquals(Instant.parse("2026-12-05T01:00:00Z"), first.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2026-12-05T04:00:00Z"), first.getDateEnd().getValue().toInstant());
        assertEquals("Pelatihan RAT", first.getSummary().getValue());
        assertEquals("Aula Kelurahan Guntung, Guntung", first.getLocation().getValue());
        assertEquals("Pelatihan", first.getDescription().getValue());
        assertTrue(first.getStatus().isConfirmed());
        assertEquals(NOW, first.getDateTimeStamp().getValue().toInstant());

        VEvent second = parsed.getEvents().get(1);
        assertEquals("Sosialisasi Koperasi Merah Putih, tahap 2; Bontang Utara", second.getSummary().getValue(),
                "commas and semicolons survive escaping");
        assertTrue(second.getDescription().getValue().startsWith("Sosialisasi"));
        assertTrue(second.getDescription().getValue().contains("daftar tunggu"));
        assertTrue(second.getStatus().isTentative());
        assertEquals(SessionCalendar.uid(42), second.getUid().getValue());
    }

    @Test
    void anEmptyCalendarIsStillACalendarAndEnglishWhenChosen() {
        String ics = SessionCalendar.write(List.of(), Locale.ENGLISH, NOW);
        ICalendar parsed = Biweekly.parse(ics).first();
        assertTrue(parsed.getEvents().isEmpty());
        assertEquals("My face-to-face sessions \u2013 Akademi Koperasi", parsed.getExperimentalProperty("X-WR-CALNAME").getValue());
        assertFalse(ics.contains("VEVENT"));
    }
}
