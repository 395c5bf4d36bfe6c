package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;

import java.util.HashSet;
import java.util.Set;
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

    /**
     * The actor for an active account, empty for an unknown or disabled one. Asked on every request, so it is one
     * indexed query returning plain values rather than an entity and its grant collection (two queries, and most
     * of a page's database time under load).
     */
    public Optional<Actor> actor(AccountId accountId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("""
                SELECT a.display_name, g.role, g.scope_code FROM idn_account a
                LEFT JOIN idn_role_grant g ON g.account_id = a.id
                WHERE a.id = ?1 AND a.status = 'ACTIVE'""").setParameter(1, accountId.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Grant> grants = new HashSet<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                grants.add(Grant.of(Role.valueOf((String) row[1]), (String) row[2]));
            }
        }
        return Optional.of(new Actor(accountId.value(), (String) rows.get(0)[0], grants));
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
