package id.akademikoperasi.shared.web;

import id.akademikoperasi.shared.infrastructure.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates for pages, in the page's language and the office's time zone (WITA):
 * {@code #{fmt.date(member.joinedAt())}} → "28 November 2026".
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ClockProducer.OFFICE_ZONE).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(ClockProducer.OFFICE_ZONE));
    }

    /**
     * A bundle message with its arguments filled in, for places where {@code h:outputFormat} does not fit (an
     * attribute value): {@code #{fmt.message('certification.queue.count', view.queue.size())}}.
     */
    public String message(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleView.INDONESIAN;
    }
}
