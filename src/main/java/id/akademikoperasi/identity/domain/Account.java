package id.akademikoperasi.identity.domain;

import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who can log in, with the roles they hold. Members carry their NIK (encrypted, with a keyed hash for
 * uniqueness) and birth date; staff accounts may have neither.
 */
@Entity
@Table(name = "idn_account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.byPhone", query = "SELECT a FROM Account a WHERE a.phone = :phone")
@NamedQuery(name = "Account.countByNikHash", query = "SELECT COUNT(a) FROM Account a WHERE a.nikHash = :hash")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 16)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "nik_cipher", length = 64)
    private byte[] nikCipher;

    @Column(name = "nik_hash", length = 32)
    private byte[] nikHash;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idn_role_grant", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> grants = new HashSet<>();

    protected Account() {
    }

    /** A member who registered themselves: they hold the MEMBER role in their kelurahan. */
    public static Account registerMember(String displayName, String email, String phone, String passwordHash,
                                         ProtectedNik nik, LocalDate birthDate, String kelurahanCode, Instant at) {
        Account account = new Account(displayName, email, phone, passwordHash, at);
        account.nikCipher = Objects.requireNonNull(nik, "a member has a NIK").cipher();
        account.nikHash = nik.lookupHash();
        account.birthDate = Objects.requireNonNull(birthDate, "a member has a birth date");
        account.grants.add(new RoleGrant(Role.MEMBER, kelurahanCode));
        return account;
    }

    /** A staff account created by the system admin (trainer, officer, admin). */
    public static Account createStaff(String displayName, String email, String phone, String passwordHash, Instant at) {
        return new Account(displayName, email, phone, passwordHash, at);
    }

    private Account(String displayName, String email, String phone, String passwordHash, Instant at) {
        if (email == null && phone == null) {
            throw new IllegalArgumentException("an account needs an e-mail address or a phone number");
        }
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = at;
        this.passwordChangedAt = at;
    }

    public void grant(Role role, String scope) {
        if (role.needsScope() && (scope == null || scope.isEmpty())) {
            throw new IllegalArgumentException(role + " needs a region");
        }
        grants.add(new RoleGrant(role, scope));
    }

    public void revoke(Role role, String scope) {
        grants.remove(new RoleGrant(role, scope));
    }

    public void changePassword(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = at;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        status = AccountStatus.ACTIVE;
    }

    public void rename(String newName) {
        this.displayName = Objects.requireNonNull(newName);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public AccountId id() {
        return AccountId.of(id);
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public byte[] nikCipher() {
        return nikCipher == null ? null : nikCipher.clone();
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public AccountStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Grant> grants() {
        return grants.stream().map(RoleGrant::toGrant).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Role> roles() {
        return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }
}
