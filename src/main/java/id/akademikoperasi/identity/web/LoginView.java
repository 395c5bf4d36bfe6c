package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.application.LoginThrottle;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The login page: e-mail or phone, and password. Repeated failures lock the login for a while. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private String login;
    private String password;

    /** Someone already logged in who opens /login goes to their home instead. */
    public void redirectIfLoggedIn() throws IOException {
        if (currentUser.isLoggedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + currentUser.homeOutcome());
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String normal = AccountDirectory.normaliseLogin(login);
        String ip = request.getRemoteAddr();

        Optional<Instant> locked = throttle.lockedUntil(normal);
        if (locked.isPresent()) {
            Messages.error("identity.login.locked", minutesUntil(locked.get()));
            StructuredLog.event("login.refused.locked", "login", shortHash(normal), "ip", ip);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(normal, password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> {
                // the mechanism is sending the person back to the page that asked for the login
                throttle.recordSuccess(normal);
                StructuredLog.event("login.success", "account", request.getUserPrincipal() == null ? null
                        : request.getUserPrincipal().getName(), "ip", ip);
                if (!external.isResponseCommitted() && ((HttpServletResponse) external.getResponse()).getStatus() < 300) {
                    // nothing was waiting (a client that lost its session cookie): go home rather than show a blank page
                    external.redirect(external.getRequestContextPath() + "/home");
                }
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.recordSuccess(normal);
                request.changeSessionId();
                StructuredLog.event("login.success", "account", securityContext.getCallerPrincipal().getName(), "ip", ip);
                external.redirect(external.getRequestContextPath() + "/home");
            }
            case SEND_FAILURE, NOT_DONE -> {
                Optional<Instant> nowLocked = throttle.recordFailure(normal);
                StructuredLog.event(nowLocked.isPresent() ? "login.locked" : "login.failure",
                        "login", shortHash(normal), "ip", ip);
                if (nowLocked.isPresent()) {
                    Messages.error("identity.login.locked", minutesUntil(nowLocked.get()));
                } else {
                    Messages.error("identity.login.failed");
                }
            }
        }
    }

    private long minutesUntil(Instant until) {
        return Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
    }

    /** Enough to correlate log lines about one login without writing the login itself. */
    private static String shortHash(String normal) {
        return Integer.toHexString(normal.hashCode());
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
