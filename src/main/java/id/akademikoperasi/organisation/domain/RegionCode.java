package id.akademikoperasi.organisation.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An official Kemendagri region code: {@code 64} (provinsi), {@code 64.74} (kabupaten/kota),
 * {@code 64.74.01} (kecamatan), {@code 64.74.01.1004} (kelurahan/desa; a leading 1 in the last part is a
 * kelurahan, a leading 2 a desa).
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public RegionCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a region code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public RegionLevel level() {
        return RegionLevel.ofSegments(value.split("\\.").length);
    }

    public Optional<RegionCode> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
    }

    /** True when this region is {@code other} or lies inside it. */
    public boolean isWithin(RegionCode other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    public RegionCode province() {
        return new RegionCode(value.substring(0, 2));
    }

    public boolean isKelurahan() {
        return level() == RegionLevel.KELURAHAN_DESA && value.charAt(value.lastIndexOf('.') + 1) == '1';
    }

    /** The code without dots, as used in certificate numbers: {@code 6474} for Kota Bontang. */
    public String compact() {
        return value.replace(".", "");
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
