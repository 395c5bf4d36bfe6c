package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Finds accounts by the login people type (e-mail or phone) and by id. */
@ApplicationScoped
public class AccountDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> byLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        if (ContactDetails.looksLikeEmail(login)) {
            return ContactDetails.normaliseEmail(login).flatMap(email ->
                    em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email)
                            .getResultStream().findFirst());
        }
        return ContactDetails.normalisePhone(login).flatMap(phone ->
                em.createNamedQuery("Account.byPhone", Account.class).setParameter("phone", phone)
                        .getResultStream().findFirst());
    }

    public Optional<Account> byId(AccountId id) {
        return Optional.ofNullable(em.find(Account.class, id.value()));
    }

    /** The actor for an active account, empty for an unknown or disabled one. */
    public Optional<Actor> actor(AccountId id) {
        return byId(id).filter(Account::isActive)
                .map(a -> new Actor(a.id().value(), a.displayName(), a.grants()));
    }

    /** The same normal form the throttle and the store use, so "0812…" and "+62812…" count as one login. */
    public static String normaliseLogin(String login) {
        if (login == null) {
            return "";
        }
        if (ContactDetails.looksLikeEmail(login)) {
            return ContactDetails.normaliseEmail(login).orElse(login.strip());
        }
        return ContactDetails.normalisePhone(login).orElse(login.strip());
    }
}
