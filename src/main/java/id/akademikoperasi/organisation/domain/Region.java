package id.akademikoperasi.organisation.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** A province, kabupaten/kota, kecamatan or kelurahan/desa, with its official code and name. */
@Entity
@Table(name = "org_region")
@Cacheable
@NamedQuery(name = "Region.children",
        query = "SELECT r FROM Region r WHERE r.parentCode = :parent ORDER BY r.name")
@NamedQuery(name = "Region.byLevel",
        query = "SELECT r FROM Region r WHERE r.level = :level ORDER BY r.name")
@NamedQuery(name = "Region.byCodes",
        query = "SELECT r FROM Region r WHERE r.code IN :codes")
public class Region {

    @Id
    @Column(length = 13)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegionLevel level;

    @Column(name = "parent_code", length = 13)
    private String parentCode;

    protected Region() {
    }

    public Region(RegionCode code, String name) {
        this.code = code.value();
        this.name = requireName(name);
        this.level = code.level();
        this.parentCode = code.parent().map(RegionCode::value).orElse(null);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a region name has 1 to 100 characters");
        }
        return name.strip();
    }

    public RegionCode code() {
        return RegionCode.of(code);
    }

    public String name() {
        return name;
    }

    public RegionLevel level() {
        return level;
    }

    public boolean isKelurahan() {
        return code().isKelurahan();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
