package id.akademikoperasi.organisation.domain;

/** The four tiers of Indonesian administration, by the number of segments in their Kemendagri code. */
public enum RegionLevel {
    PROVINSI, KABUPATEN_KOTA, KECAMATAN, KELURAHAN_DESA;

    public static RegionLevel ofSegments(int segments) {
        return switch (segments) {
            case 1 -> PROVINSI;
            case 2 -> KABUPATEN_KOTA;
            case 3 -> KECAMATAN;
            case 4 -> KELURAHAN_DESA;
            default -> throw new IllegalArgumentException("a region code has 1 to 4 segments, not " + segments);
        };
    }

    public RegionLevel child() {
        return switch (this) {
            case PROVINSI -> KABUPATEN_KOTA;
            case KABUPATEN_KOTA -> KECAMATAN;
            case KECAMATAN -> KELURAHAN_DESA;
            case KELURAHAN_DESA -> throw new IllegalStateException("a kelurahan/desa has no sub-regions");
        };
    }
}
