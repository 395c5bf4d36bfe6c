package id.akademikoperasi.shared.web;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text from the resource bundles in the page's language, and Faces messages made from problems.
 *
 * <pre>{@code
 * Messages.show(e, Map.of("nik", "form:nik", "email", "form:email"));  // each problem next to its field
 * }</pre>
 */
public final class Messages {

    public static final String BUNDLE = "id.akademikoperasi.messages";

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleView.INDONESIAN;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // a moment in a message is a day in the office's zone, written out in the reader's language
            if (shown[i] instanceof java.time.Instant instant) {
                shown[i] = instant.atZone(id.akademikoperasi.shared.infrastructure.ClockProducer.OFFICE_ZONE).toLocalDate();
            }
            if (shown[i] instanceof java.time.LocalDate day) {
                shown[i] = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(locale).format(day);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Every problem of the exception next to its field, or at the top of the form when it has none. */
    public static void show(InvalidInputException e, Map<String, String> clientIds) {
        for (Problem problem : e.problems()) {
            String clientId = problem.field() == null ? null : clientIds.get(problem.field());
            add(clientId, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments().toArray());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Info that survives a redirect. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** An error that survives a redirect. */
    public static void flashError(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        error(key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private Messages() {
    }
}
