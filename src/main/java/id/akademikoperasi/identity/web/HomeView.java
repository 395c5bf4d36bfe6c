package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** {@code /home} sends each person to the home page of their role. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private CurrentUser currentUser;

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + currentUser.homeOutcome());
    }
}
