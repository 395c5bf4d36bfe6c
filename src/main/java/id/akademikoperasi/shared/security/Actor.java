package id.akademikoperasi.shared.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who is asking. Application services take an {@code Actor} and check roles and object-level access themselves,
 * so a page that forgets a check still cannot leak data.
 *
 * <pre>{@code
 * actor.require(Role.COOP_ADMIN, koperasiRegionCode);   // throws AccessDeniedException when not allowed
 * }</pre>
 */
public record Actor(long accountId, String displayName, Set<Grant> grants) implements Serializable {

    public Actor {
        grants = Set.copyOf(grants);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Whether the actor holds the role for this region (SYSADMIN counts everywhere). */
    public boolean can(Role role, String regionCode) {
        return has(Role.SYSADMIN) || grants.stream().anyMatch(g -> g.role() == role && g.covers(regionCode));
    }

    public void require(Role role) {
        if (!has(role) && !has(Role.SYSADMIN)) {
            throw new id.akademikoperasi.shared.domain.AccessDeniedException(
                    "account " + accountId + " lacks role " + role);
        }
    }

    public void require(Role role, String regionCode) {
        if (!can(role, regionCode)) {
            throw new id.akademikoperasi.shared.domain.AccessDeniedException(
                    "account " + accountId + " lacks role " + role + " for region " + regionCode);
        }
    }

    /** The regions for which the actor holds the role; empty scope means everywhere. */
    public List<String> scopesOf(Role role) {
        return grants.stream().filter(g -> g.role() == role).map(Grant::scope).sorted().toList();
    }
}
