package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.Koperasi;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.Region;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the region hierarchy and the koperasi in it.
 *
 * <pre>{@code
 * directory.children(RegionCode.of("64.74"));            // the kecamatan of Kota Bontang
 * directory.koperasiOfVillage(RegionCode.of("64.74.01.1004")); // Koperasi Kelurahan Merah Putih Guntung
 * }</pre>
 */
@ApplicationScoped
public class RegionDirectory {

    @PersistenceContext
    private EntityManager em;

    public List<RegionView> provinces() {
        return em.createNamedQuery("Region.byLevel", Region.class)
                .setParameter("level", RegionLevel.PROVINSI)
                .getResultList().stream().map(RegionDirectory::view).toList();
    }

    public List<RegionView> children(RegionCode parent) {
        return em.createNamedQuery("Region.children", Region.class)
                .setParameter("parent", parent.value())
                .getResultList().stream().map(RegionDirectory::view).toList();
    }

    public Optional<RegionView> find(RegionCode code) {
        return Optional.ofNullable(em.find(Region.class, code.value())).map(RegionDirectory::view);
    }

    /** The region and all its ancestors, from the province down. */
    public List<RegionView> path(RegionCode code) {
        List<String> codes = new ArrayList<>();
        for (Optional<RegionCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            codes.add(0, c.get().value());
        }
        Map<String, Region> found = em.createNamedQuery("Region.byCodes", Region.class)
                .setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
        return codes.stream().filter(found::containsKey).map(found::get).map(RegionDirectory::view).toList();
    }

    public Optional<KoperasiView> koperasiOfVillage(RegionCode village) {
        return em.createNamedQuery("Koperasi.byRegion", Koperasi.class)
                .setParameter("region", village.value())
                .getResultStream().findFirst().map(this::view);
    }

    public Optional<KoperasiView> koperasi(KoperasiId id) {
        return Optional.ofNullable(em.find(Koperasi.class, id.value())).map(this::view);
    }

    /** The koperasi of a kelurahan, or of every kelurahan inside a larger region, by name (at most 500). */
    public List<KoperasiView> koperasiWithin(RegionCode region) {
        return em.createQuery("SELECT k FROM Koperasi k WHERE k.regionCode = :code OR k.regionCode LIKE :prefix "
                        + "ORDER BY k.name", Koperasi.class)
                .setParameter("code", region.value()).setParameter("prefix", region.value() + ".%")
                .setMaxResults(500).getResultStream().map(this::view).toList();
    }

    /** Number of koperasi inside a region (any level), counted on the index of region codes. */
    public long koperasiCountWithin(RegionCode region) {
        return em.createQuery("SELECT COUNT(k) FROM Koperasi k WHERE k.regionCode LIKE :prefix", Long.class)
                .setParameter("prefix", region.value() + ".%").getSingleResult();
    }

    private KoperasiView view(Koperasi koperasi) {
        List<RegionView> path = path(koperasi.regionCode());
        String provinsi = nameAt(path, RegionLevel.PROVINSI);
        return new KoperasiView(koperasi.id().value(), koperasi.name(), koperasi.regionCode().value(),
                nameAt(path, RegionLevel.KELURAHAN_DESA), nameAt(path, RegionLevel.KECAMATAN),
                nameAt(path, RegionLevel.KABUPATEN_KOTA), provinsi);
    }

    private static String nameAt(List<RegionView> path, RegionLevel level) {
        return path.stream().filter(r -> r.level() == level).map(RegionView::name).findFirst().orElse("");
    }

    private static RegionView view(Region region) {
        return new RegionView(region.code().value(), region.name(), region.level());
    }
}
