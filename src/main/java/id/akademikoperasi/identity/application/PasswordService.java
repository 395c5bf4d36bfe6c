package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.PasswordPolicy;
import id.akademikoperasi.identity.infrastructure.PasswordHasher;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** A person changes their own password, proving they know the current one. */
@ApplicationScoped
public class PasswordService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Transactional
    public void change(Actor actor, String current, String next, String confirmation) {
        Account account = em.find(Account.class, AccountId.of(actor.accountId()).value(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("identity.account.notFound");
        }
        Problems problems = new Problems();
        if (!hasher.verify(current == null ? "" : current, account.passwordHash())) {
            problems.add("currentPassword", "identity.password.currentWrong");
        }
        PasswordPolicy.check(next, account.displayName(), account.email(), account.phone())
                .ifPresent(key -> problems.add("newPassword", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (next != null && next.equals(current)) {
            problems.add("newPassword", "identity.password.unchanged");
        }
        if (next != null && !next.equals(confirmation)) {
            problems.add("passwordConfirmation", "identity.password.mismatch");
        }
        problems.throwIfAny();
        account.changePassword(hasher.hash(next), clock.instant());
        StructuredLog.event("account.password.changed", "account", actor.accountId());
    }
}
