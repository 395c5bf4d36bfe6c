package id.akademikoperasi.identity.domain;

import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A role an account holds, for a region or everywhere. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "scope_code", nullable = false, length = 13)
    private String scopeCode;

    protected RoleGrant() {
    }

    RoleGrant(Role role, String scopeCode) {
        this.role = Objects.requireNonNull(role);
        this.scopeCode = scopeCode == null ? Grant.EVERYWHERE : scopeCode;
    }

    public Grant toGrant() {
        return Grant.of(role, scopeCode);
    }

    public Role role() {
        return role;
    }

    public String scopeCode() {
        return scopeCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGrant other && role == other.role && scopeCode.equals(other.scopeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, scopeCode);
    }
}
