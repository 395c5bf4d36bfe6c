package id.akademikoperasi.learning.infrastructure;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import id.akademikoperasi.learning.application.SessionExports.CalendarEntry;
import id.akademikoperasi.shared.web.Messages;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A member's face-to-face sessions as an iCalendar file (RFC 5545) that any calendar app imports: one event per
 * session, times in UTC (the app shows them in the phone's own zone), a waitlisted seat as a tentative event.
 *
 * <pre>{@code
 * String ics = SessionCalendar.write(exports.calendarOf(member), LocaleView.of(request), clock.instant());
 * }</pre>
 * The UID stays the same for a session across downloads, so importing again updates the event instead of adding a
 * second one.
 */
public final class SessionCalendar {

    public static final String PRODUCT_ID = "-//Akademi Koperasi//Sesi Tatap Muka//ID";

    public static String uid(long sessionId) {
        return "session-" + sessionId + "@akademikoperasi.id";
    }

    /**
     * @param generatedAt the DTSTAMP of every event: when this copy of the calendar was made
     */
    public static String write(List<CalendarEntry> entries, Locale locale, Instant generatedAt) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod("PUBLISH");
        String name = Messages.text(locale, "learning.calendar.name");
        calendar.setName(name);                                   // RFC 7986
        calendar.setExperimentalProperty("X-WR-CALNAME", name);   // what Google, Apple and Outlook read
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent();
            event.setUid(uid(entry.sessionId()));
            event.setDateTimeStamp(Date.from(generatedAt));
            event.setDateStart(Date.from(entry.startsAt()), true);
            event.setDateEnd(Date.from(entry.endsAt()), true);
            event.setSummary(entry.title());
            event.setLocation(entry.region() == null || entry.region().isBlank() ? entry.place()
                    : entry.place() + ", " + entry.region());
            String kind = Messages.text(locale, "learning.sessionKind." + entry.kind().name());
            event.setDescription(entry.waitlisted() ? kind + "\n" + Messages.text(locale, "learning.calendar.waitlisted") : kind);
            event.setStatus(entry.waitlisted() ? Status.tentative() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private SessionCalendar() {
    }
}
