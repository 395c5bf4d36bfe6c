package id.akademikoperasi.identity.web;

import id.akademikoperasi.shared.infrastructure.StructuredLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Ends the session everywhere it lives, then shows the login page with a note. */
@Named
@RequestScoped
public class LogoutView {

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String account = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        request.logout();
        external.invalidateSession();
        StructuredLog.event("logout", "account", account);
        external.redirect(external.getRequestContextPath() + "/login?keluar=1");
    }
}
