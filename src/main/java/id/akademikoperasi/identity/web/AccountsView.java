package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.AccountAdministration;
import id.akademikoperasi.identity.application.AccountRow;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The system admin's accounts page: search, create staff accounts, grant and revoke roles, disable. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> NEW_FIELDS = Map.of("name", "newAccount:name", "email", "newAccount:email",
            "phone", "newAccount:phone", "password", "newAccount:password", "role", "newAccount:role",
            "scope", "newAccount:scope");
    private static final Map<String, String> GRANT_FIELDS = Map.of("role", "grant:role", "scope", "grant:scope");

    @Inject
    private AccountAdministration administration;

    @Inject
    private CurrentUser currentUser;

    private String search;
    private LazyDataModel<AccountRow> accounts;

    private String newName;
    private String newEmail;
    private String newPhone;
    private String newPassword;
    private Role newRole = Role.TRAINER;
    private String newScope;

    private Long grantAccountId;
    private Role grantRole;
    private String grantScope;

    @PostConstruct
    void init() {
        accounts = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) administration.count(currentUser.require(), search);
            }

            @Override
            public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return administration.page(currentUser.require(), search, first, pageSize);
            }

            @Override
            public String getRowKey(AccountRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    public void create() {
        try {
            administration.createStaff(currentUser.require(), newName, newEmail, newPhone, newPassword, newRole, newScope);
            Messages.info("identity.admin.created", newName);
            newName = newEmail = newPhone = newPassword = newScope = null;
            PrimeFaces.current().executeScript("PF('newAccountDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.show(e, NEW_FIELDS);
        }
    }

    public void prepareGrant(long accountId) {
        grantAccountId = accountId;
        grantRole = null;
        grantScope = null;
    }

    public void grant() {
        try {
            administration.grant(currentUser.require(), AccountId.of(grantAccountId), grantRole, grantScope);
            Messages.info("identity.admin.granted");
            PrimeFaces.current().executeScript("PF('grantDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.show(e, GRANT_FIELDS);
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    public void revoke(long accountId, Role role, String scope) {
        try {
            administration.revoke(currentUser.require(), AccountId.of(accountId), role, scope);
            Messages.info("identity.admin.revoked");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
    }

    public void setActive(long accountId, boolean active) {
        try {
            administration.setActive(currentUser.require(), AccountId.of(accountId), active);
            Messages.info(active ? "identity.admin.enabled" : "identity.admin.disabled");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<AccountRow> getAccounts() { return accounts; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getNewPhone() { return newPhone; }
    public void setNewPhone(String newPhone) { this.newPhone = newPhone; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Role getNewRole() { return newRole; }
    public void setNewRole(Role newRole) { this.newRole = newRole; }
    public String getNewScope() { return newScope; }
    public void setNewScope(String newScope) { this.newScope = newScope; }
    public Role getGrantRole() { return grantRole; }
    public void setGrantRole(Role grantRole) { this.grantRole = grantRole; }
    public String getGrantScope() { return grantScope; }
    public void setGrantScope(String grantScope) { this.grantScope = grantScope; }
}
