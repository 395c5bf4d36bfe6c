package id.akademikoperasi.organisation.domain;

/** Identifies a koperasi. */
public record KoperasiId(long value) {
    public KoperasiId {
        if (value <= 0) {
            throw new IllegalArgumentException("a koperasi id is positive");
        }
    }

    public static KoperasiId of(long value) {
        return new KoperasiId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
