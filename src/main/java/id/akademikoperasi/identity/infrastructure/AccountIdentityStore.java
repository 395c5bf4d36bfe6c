package id.akademikoperasi.identity.infrastructure;

import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.application.LoginThrottle;
import id.akademikoperasi.identity.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a login (e-mail or phone) and password against the accounts table. The caller principal is the
 * account id, so sessions carry a number, not personal data; the groups are the role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Verifies against this when the login is unknown, so that unknown and known logins take the same time. */
    private volatile String decoyHash;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String normal = AccountDirectory.normaliseLogin(login.getCaller());
        if (throttle.lockedUntil(normal).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.byLogin(normal);
        String password = login.getPasswordAsString();
        if (account.isEmpty()) {
            hasher.verify(password, decoy());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.verify(password, account.get().passwordHash()) || !account.get().isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.get().id().value())),
                account.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-never-used");
        }
        return decoyHash;
    }
}
