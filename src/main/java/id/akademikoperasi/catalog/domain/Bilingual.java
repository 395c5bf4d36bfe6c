package id.akademikoperasi.catalog.domain;

import java.io.Serializable;
import java.util.Locale;

/** A text in Bahasa Indonesia and English; English falls back to Indonesian when a trainer wrote none. */
public record Bilingual(String id, String en) implements Serializable {

    public Bilingual {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the Indonesian text is required");
        }
        en = en == null || en.isBlank() ? id : en;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : id;
    }
}
