package id.akademikoperasi.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Nomor Induk Kependudukan: 16 digits — province, kabupaten/kota and kecamatan of registration (2+2+2), the
 * birth date as DDMMYY with 40 added to the day for women, and a 4-digit serial.
 *
 * <pre>{@code
 * Nik nik = Nik.parse("6474014506990003");   // born 5 June 1999, female, registered in 64.74.01
 * nik.masked();                                // "6474********0003"
 * }</pre>
 * A NIK is personal data (UU PDP 27/2022): never log it, never print it whole; it is stored encrypted.
 */
public final class Nik {

    /** The 38 province codes (Kepmendagri 2025). */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96");

    private final String digits;

    private Nik(String digits) {
        this.digits = digits;
    }

    /**
     * @throws InvalidNikException with the message key of the first rule it breaks
     */
    public static Nik parse(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s.-]", "");
        if (digits.isEmpty()) {
            throw new InvalidNikException("identity.nik.required");
        }
        if (!digits.matches("\\d{16}")) {
            throw new InvalidNikException("identity.nik.shape");
        }
        if (!PROVINCES.contains(digits.substring(0, 2))
                || digits.startsWith("00", 2) || digits.startsWith("00", 4)) {
            throw new InvalidNikException("identity.nik.region");
        }
        if (birthDayMonth(digits).isEmpty()) {
            throw new InvalidNikException("identity.nik.birthDate");
        }
        if (digits.endsWith("0000")) {
            throw new InvalidNikException("identity.nik.serial");
        }
        return new Nik(digits);
    }

    /** Day and month encoded in the NIK (valid in a leap year), empty when impossible. */
    private static Optional<LocalDate> birthDayMonth(String digits) {
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        if (day > 40) {
            day -= 40;
        }
        try {
            return Optional.of(LocalDate.of(2000, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the birth date encoded in the NIK is this date (day, month and the last two digits of the year). */
    public boolean matchesBirthDate(LocalDate birthDate) {
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int year = Integer.parseInt(digits.substring(10, 12));
        return (day == birthDate.getDayOfMonth() || day - 40 == birthDate.getDayOfMonth())
                && month == birthDate.getMonthValue()
                && year == birthDate.getYear() % 100;
    }

    public boolean isFemale() {
        return Integer.parseInt(digits.substring(6, 8)) > 40;
    }

    /** The 6-digit region of registration: province, kabupaten/kota and kecamatan. */
    public String regionDigits() {
        return digits.substring(0, 6);
    }

    public String digits() {
        return digits;
    }

    /** First four and last four digits, the rest hidden: {@code 6474********0003}. */
    public String masked() {
        return mask(digits);
    }

    public static String mask(String digits) {
        if (digits == null || digits.length() < 8) {
            return "****************";
        }
        return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Never the digits: a NIK must not end up in a log by accident. */
    @Override
    public String toString() {
        return "Nik[" + masked() + "]";
    }
}
