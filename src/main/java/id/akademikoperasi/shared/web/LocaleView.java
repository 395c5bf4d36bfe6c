package id.akademikoperasi.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Bahasa Indonesia unless the person chose English. The choice lives only in a
 * cookie: it survives logout, and reading a page never has to touch (and replicate) the HTTP session for it.
 */
@Named
@RequestScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String COOKIE = "ak_lang";

    private String language;

    public Locale getLocale() {
        if (language == null) {
            language = fromCookie().orElse("id");
        }
        return "en".equals(language) ? Locale.ENGLISH : INDONESIAN;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches and reloads the same page with a GET, so the browser's back button stays sane. */
    public void switchTo(String lang) throws IOException {
        language = "en".equals(lang) ? "en" : "id";
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, language, Map.of("maxAge", 60 * 60 * 24 * 365, "path", "/",
                "httpOnly", true, "SameSite", "Lax"));
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String query = request.getQueryString();
        external.redirect(uri + (query == null || request.getMethod().equals("POST") ? "" : "?" + query));
    }

    /** The language a request's user chose (for answers outside Faces, such as the app's own JSON endpoints). */
    public static Locale of(HttpServletRequest request) {
        return "en".equals(fromCookie(request).orElse("id")) ? Locale.ENGLISH : INDONESIAN;
    }

    private java.util.Optional<String> fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return java.util.Optional.empty();
        }
        return faces.getExternalContext().getRequest() instanceof HttpServletRequest http ? fromCookie(http) : java.util.Optional.empty();
    }

    private static java.util.Optional<String> fromCookie(HttpServletRequest http) {
        if (http.getCookies() == null) {
            return java.util.Optional.empty();
        }
        return Arrays.stream(http.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v.equals("id") || v.equals("en")).findFirst();
    }
}
