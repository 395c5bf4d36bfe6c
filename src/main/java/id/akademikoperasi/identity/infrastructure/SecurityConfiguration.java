package id.akademikoperasi.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own page ({@code /login}); the page calls {@code SecurityContext.authenticate}.
 * Protected areas are declared in web.xml; application services check roles and objects again.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"MEMBER", "TRAINER", "COOP_ADMIN", "VERIFIER", "SYSADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
