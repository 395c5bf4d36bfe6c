package id.akademikoperasi.nomination.web;

import id.akademikoperasi.nomination.application.ElectionViews.Notice;
import id.akademikoperasi.nomination.domain.Failure;
import id.akademikoperasi.shared.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Stored failures and notices in the reader's language: they are kept as rule codes and facts, and the facts that
 * are themselves codes (a position, a body, a date) are translated here too.
 */
public final class NominationTexts {

    public static String failure(Failure f) {
        return failure(null, f);
    }

    public static String failure(Locale locale, Failure f) {
        Object[] args = f.args().stream().map(a -> translate(locale, a)).toArray();
        return locale == null ? Messages.text(f.messageKey(), args) : Messages.text(locale, f.messageKey(), args);
    }

    public static String notice(Notice n) {
        Object[] args = n.args().stream().map(a -> translate(null, a)).toArray();
        return Messages.text(n.messageKey(), args);
    }

    private static String translate(Locale locale, String arg) {
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale == null ? currentLocale() : locale);
            return LocalDate.parse(arg).format(f);
        }
        if (POSITIONS.contains(arg)) {
            String key = "nomination.position." + arg;
            return locale == null ? Messages.text(key) : Messages.text(locale, key);
        }
        return arg;
    }

    private static Locale currentLocale() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.of("id");
    }

    private static final List<String> POSITIONS = List.of("KETUA", "WAKIL_KETUA_USAHA", "WAKIL_KETUA_ANGGOTA",
            "SEKRETARIS", "BENDAHARA", "PENGURUS_ANGGOTA", "PENGAWAS", "MANAJER", "PENGURUS");

    private NominationTexts() {
    }
}
