package id.akademikoperasi.shared.security;

import java.util.Objects;

/**
 * A role held for a region: {@code COOP_ADMIN} for {@code 64.74.01.1004} manages the koperasi of Guntung,
 * {@code VERIFIER} for {@code 64.74} decides for all of Kota Bontang. An empty scope means everywhere.
 */
public record Grant(Role role, String scope) {

    public static final String EVERYWHERE = "";

    public Grant {
        Objects.requireNonNull(role, "role");
        scope = scope == null ? EVERYWHERE : scope;
    }

    public static Grant of(Role role) {
        return new Grant(role, EVERYWHERE);
    }

    public static Grant of(Role role, String scope) {
        return new Grant(role, scope);
    }

    /** True when this grant reaches the given region code (the region itself or anything inside it). */
    public boolean covers(String regionCode) {
        return scope.isEmpty() || (regionCode != null && (regionCode.equals(scope) || regionCode.startsWith(scope + ".")));
    }
}
