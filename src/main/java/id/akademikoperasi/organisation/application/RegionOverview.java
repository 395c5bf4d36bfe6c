package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For DKUMPP officers: the regions they oversee and, one level down, how many koperasi and members each has.
 *
 * <pre>{@code
 * overview.regionsOf(actor);                          // [64.74 Kota Bontang] for an officer of Bontang
 * overview.breakdown(actor, RegionCode.of("64.74"));  // its 3 kecamatan with counts
 * }</pre>
 */
@ApplicationScoped
public class RegionOverview {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegionDirectory regions;

    public List<RegionView> regionsOf(Actor actor) {
        if (actor.has(Role.SYSADMIN) && actor.scopesOf(Role.VERIFIER).isEmpty()) {
            return regions.provinces();
        }
        return actor.scopesOf(Role.VERIFIER).stream()
                .flatMap(scope -> scope.isEmpty() ? regions.provinces().stream()
                        : regions.find(RegionCode.of(scope)).stream())
                .toList();
    }

    public List<RegionStat> breakdown(Actor actor, RegionCode region) {
        actor.require(Role.VERIFIER, region.value());
        if (region.level() == RegionLevel.KELURAHAN_DESA) {
            throw new NotFoundException("organisation.region.noChildren");
        }
        int childLength = region.value().length() + (region.level() == RegionLevel.KECAMATAN ? 5 : 3);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT LEFT(k.region_code, ?1) AS child, COUNT(DISTINCT k.id), COUNT(m.id)
                FROM org_koperasi k LEFT JOIN org_membership m ON m.koperasi_id = k.id AND m.status = 'ACTIVE'
                WHERE k.region_code LIKE ?2
                GROUP BY child""")
                .setParameter(1, childLength).setParameter(2, region.value() + ".%").getResultList();
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((String) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return regions.children(region).stream()
                .map(child -> {
                    long[] c = counts.getOrDefault(child.code(), new long[2]);
                    return new RegionStat(child.code(), child.name(), c[0], c[1]);
                }).toList();
    }
}
