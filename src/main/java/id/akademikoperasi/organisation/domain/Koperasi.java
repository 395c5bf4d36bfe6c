package id.akademikoperasi.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The Koperasi Kelurahan/Desa Merah Putih of one kelurahan or desa: exactly one per village. */
@Entity
@Table(name = "org_koperasi")
@NamedQuery(name = "Koperasi.byRegion", query = "SELECT k FROM Koperasi k WHERE k.regionCode = :region")
public class Koperasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "region_code", nullable = false, unique = true, length = 13)
    private String regionCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Koperasi() {
    }

    /** Founds the koperasi of a village, named as the program names them. */
    public static Koperasi founded(Region village, Instant at) {
        if (village.level() != RegionLevel.KELURAHAN_DESA) {
            throw new IllegalArgumentException("a koperasi belongs to a kelurahan or desa, not to " + village.level());
        }
        Koperasi koperasi = new Koperasi();
        koperasi.regionCode = village.code().value();
        koperasi.name = standardName(village);
        koperasi.createdAt = at;
        return koperasi;
    }

    public static String standardName(Region village) {
        return standardName(village.code(), village.name());
    }

    public static String standardName(RegionCode village, String villageName) {
        return (village.isKelurahan() ? "Koperasi Kelurahan Merah Putih " : "Koperasi Desa Merah Putih ") + villageName;
    }

    public KoperasiId id() {
        return KoperasiId.of(id);
    }

    public RegionCode regionCode() {
        return RegionCode.of(regionCode);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
