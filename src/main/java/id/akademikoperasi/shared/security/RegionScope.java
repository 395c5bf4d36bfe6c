package id.akademikoperasi.shared.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions an actor's role reaches, as a condition on a region-code column, so that a list query filters by
 * access in SQL and its {@code LIMIT} counts only rows the actor may see.
 *
 * <pre>{@code
 * RegionScope scope = RegionScope.of(officer, Role.VERIFIER);
 * String sql = "SELECT ... WHERE a.status = ? AND " + scope.condition("a.region_code") + " LIMIT 500";
 * int next = scope.bind(query, 2);   // binds the scope's parameters from position 2 on
 * }</pre>
 */
public record RegionScope(boolean everywhere, List<String> scopes) {

    public RegionScope {
        scopes = List.copyOf(scopes);
    }

    /** Everywhere for a SYSADMIN or an unscoped grant; otherwise the scopes of the actor's grants of that role. */
    public static RegionScope of(Actor actor, Role role) {
        if (actor.has(Role.SYSADMIN)) {
            return new RegionScope(true, List.of());
        }
        List<String> scopes = actor.scopesOf(role);
        if (scopes.contains(Grant.EVERYWHERE)) {
            return new RegionScope(true, List.of());
        }
        return new RegionScope(false, scopes.stream().distinct().toList());
    }

    /** An SQL condition with one {@code ?} per scope and match kind; never matches when the actor has no scope. */
    public String condition(String column) {
        if (everywhere) {
            return "1 = 1";
        }
        if (scopes.isEmpty()) {
            return "1 = 0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            parts.add(column + " = ? OR " + column + " LIKE ?");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** The values for {@link #condition}'s placeholders, in order. */
    public List<Object> parameters() {
        List<Object> values = new ArrayList<>();
        if (!everywhere) {
            for (String scope : scopes) {
                values.add(scope);
                values.add(scope + ".%");
            }
        }
        return values;
    }

    /** Binds the condition's values from {@code position} on and returns the next free position. */
    public int bind(jakarta.persistence.Query query, int position) {
        int p = position;
        for (Object value : parameters()) {
            query.setParameter(p++, value);
        }
        return p;
    }
}
