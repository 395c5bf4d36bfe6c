package id.akademikoperasi.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view starts in the language the person chose (or Bahasa Indonesia), not the browser's Accept-Language:
 * otherwise an English phone would get English data inside Indonesian pages, and messages made during an action
 * would not match the page.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleView.class).get().getLocale();
    }
}
