package id.akademikoperasi.certification.domain;

/**
 * A certificate's number: {@code AK/<city>/<year>/<sequence>}, e.g. {@code AK/6474/2026/000123}, the city being the
 * kabupaten/kota code without its dot and the sequence counted without gaps per city and year.
 *
 * <pre>{@code
 * CertificateNumber.of("64.74.01.1004", 2026, 123);   // "AK/6474/2026/000123"
 * }</pre>
 */
public final class CertificateNumber {

    private CertificateNumber() {
    }

    /** The city part of a region code ({@code 64.74.01.1004} → {@code 6474}). */
    public static String city(String regionCode) {
        String[] parts = regionCode.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("a region inside a city: " + regionCode);
        }
        return parts[0] + parts[1];
    }

    public static String of(String regionCode, int year, int sequence) {
        if (sequence < 1 || sequence > 999_999 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("sequence 1..999999 in a four-digit year");
        }
        return String.format("AK/%s/%d/%06d", city(regionCode), year, sequence);
    }
}
