package id.akademikoperasi.identity.application;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.identity.domain.PasswordPolicy;
import id.akademikoperasi.identity.domain.PersonName;
import id.akademikoperasi.identity.infrastructure.PasswordHasher;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The system admin's account management: list and search, create staff accounts, grant and revoke roles,
 * disable and enable. Every change is logged with the admin who made it.
 */
@ApplicationScoped
public class AccountAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private RegionDirectory regions;

    @Inject
    private Clock clock;

    @Inject
    private ContactCheck contactCheck;

    public long count(Actor actor, String search) {
        actor.require(Role.SYSADMIN);
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE " + filter(search), Long.class)
                .setParameter("q", SqlValues.contains(search)).getSingleResult();
    }

    public List<AccountRow> page(Actor actor, String search, int first, int pageSize) {
        actor.require(Role.SYSADMIN);
        TypedQuery<Account> query = em.createQuery(
                "SELECT a FROM Account a WHERE " + filter(search) + " ORDER BY a.displayName, a.id", Account.class);
        return query.setParameter("q", SqlValues.contains(search)).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), 100)).getResultList().stream()
                .map(a -> new AccountRow(a.id().value(), a.displayName(), a.email(), ContactDetails.maskPhone(a.phone()),
                        a.grants().stream().sorted(Comparator.comparing(Grant::role).thenComparing(Grant::scope)).toList(),
                        a.status().name(), a.createdAt()))
                .toList();
    }

    @Transactional
    public AccountId createStaff(Actor actor, String name, String email, String phone, String password, Role role, String scope) {
        actor.require(Role.SYSADMIN);
        Problems problems = new Problems();
        PersonName.Result checkedName = PersonName.check(name);
        checkedName.problem().ifPresent(key -> problems.add("name", key, PersonName.MAX_LENGTH));
        ContactCheck.Result contact = contactCheck.check(problems, email, phone);
        PasswordPolicy.check(password, name, email, phone)
                .ifPresent(key -> problems.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        checkScope(problems, role, scope);
        problems.throwIfAny();
        Account account = Account.createStaff(checkedName.name(), contact.email(), contact.phone(),
                hasher.hash(password), clock.instant());
        account.grant(role, blankToEmpty(scope));
        em.persist(account);
        em.flush();
        StructuredLog.event("admin.account.created", "actor", actor.accountId(), "account", account.id().value(),
                "role", role.name(), "scope", blankToEmpty(scope));
        return account.id();
    }

    @Transactional
    public void grant(Actor actor, AccountId target, Role role, String scope) {
        actor.require(Role.SYSADMIN);
        Problems problems = new Problems();
        checkScope(problems, role, scope);
        problems.throwIfAny();
        account(target).grant(role, blankToEmpty(scope));
        StructuredLog.event("admin.role.granted", "actor", actor.accountId(), "account", target.value(),
                "role", role.name(), "scope", blankToEmpty(scope));
    }

    @Transactional
    public void revoke(Actor actor, AccountId target, Role role, String scope) {
        actor.require(Role.SYSADMIN);
        if (target.value() == actor.accountId() && role == Role.SYSADMIN) {
            throw new InvalidInputException(Problem.of(null, "identity.admin.cannotRevokeOwnAdmin"));
        }
        account(target).revoke(role, blankToEmpty(scope));
        StructuredLog.event("admin.role.revoked", "actor", actor.accountId(), "account", target.value(),
                "role", role.name(), "scope", blankToEmpty(scope));
    }

    @Transactional
    public void setActive(Actor actor, AccountId target, boolean active) {
        actor.require(Role.SYSADMIN);
        if (target.value() == actor.accountId() && !active) {
            throw new InvalidInputException(Problem.of(null, "identity.admin.cannotDisableSelf"));
        }
        Account account = account(target);
        if (active) {
            account.enable();
        } else {
            account.disable();
        }
        StructuredLog.event("admin.account." + (active ? "enabled" : "disabled"),
                "actor", actor.accountId(), "account", target.value());
    }

    private void checkScope(Problems problems, Role role, String scope) {
        if (role == null) {
            problems.add("role", "identity.role.required");
            return;
        }
        if (isBlank(scope)) {
            if (role.needsScope()) {
                problems.add("scope", "identity.scope.required");
            }
            return;
        }
        if (!RegionCode.isValid(scope.strip()) || regions.find(RegionCode.of(scope.strip())).isEmpty()) {
            problems.add("scope", "identity.scope.unknown");
        } else if (role == Role.COOP_ADMIN && regions.koperasiOfVillage(RegionCode.of(scope.strip())).isEmpty()) {
            problems.add("scope", "identity.scope.needsKelurahan");
        }
    }

    private Account account(AccountId id) {
        Account account = em.find(Account.class, id.value());
        if (account == null) {
            throw new NotFoundException("identity.account.notFound");
        }
        return account;
    }

    private static String filter(String search) {
        return "(:q = '%%' OR a.displayName LIKE :q OR a.email LIKE :q OR a.phone LIKE :q)";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
