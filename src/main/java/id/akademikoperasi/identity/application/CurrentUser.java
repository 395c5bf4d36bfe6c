package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * The logged-in person for this request, read fresh from the database: a disabled account or a revoked role
 * takes effect on the next request on every instance. The session itself only holds the account id.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    @Inject
    private AccountDirectory accounts;

    private Optional<Actor> actor;

    public Optional<Actor> actor() {
        if (actor == null) {
            // the servlet request, not SecurityContext: it also answers on error-page dispatches
            Principal principal = request.getUserPrincipal();
            actor = Optional.empty();
            if (principal != null) {
                try {
                    actor = accounts.actor(AccountId.of(Long.parseLong(principal.getName())));
                } catch (NumberFormatException e) {
                    actor = Optional.empty();
                }
            }
        }
        return actor;
    }

    /** The actor, or an access-denied error for a visitor who is not logged in (or whose account was disabled). */
    public Actor require() {
        return actor().orElseThrow(() -> new id.akademikoperasi.shared.domain.AccessDeniedException("not logged in"));
    }

    public boolean isLoggedIn() {
        return actor().isPresent();
    }

    public String getName() {
        return actor().map(Actor::displayName).orElse("");
    }

    public boolean has(String role) {
        return actor().map(a -> a.has(Role.valueOf(role))).orElse(false);
    }

    /** The page a person lands on after login: the home of their most specific role. */
    public String homeOutcome() {
        Optional<Actor> a = actor();
        if (a.isEmpty()) {
            return "/login";
        }
        if (a.get().has(Role.SYSADMIN)) {
            return "/admin/accounts";
        }
        if (a.get().has(Role.VERIFIER)) {
            return "/office/regions";
        }
        if (a.get().has(Role.COOP_ADMIN)) {
            return "/coop/members";
        }
        if (a.get().has(Role.TRAINER)) {
            return "/trainer/home";
        }
        return "/member/home";
    }
}
