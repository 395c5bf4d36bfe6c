package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many seats of each position an election fills. The pengurus always has its five named offices, one seat
 * each, plus further members, so that it counts an odd number from 5 to 9 (DOMAIN: at least 5, odd; Bontang
 * allows up to 9). Pengawas: up to {@value #MAX_PENGAWAS} elected seats (the Lurah sits ex officio as Ketua
 * Pengawas beside representatives of the LPM and the RT/RW forum, so three seats at most are ever elected).
 * Managers: one per business unit at most, {@value #MAX_MANAJER}.
 *
 * <pre>{@code
 * Seats seats = Seats.of(2, 3, 1);   // 7 pengurus, 3 pengawas, 1 manajer
 * }</pre>
 */
public final class Seats {

    public static final int MIN_PENGURUS = 5;
    public static final int MAX_PENGURUS = 9;
    public static final int MAX_PENGAWAS = 3;
    public static final int MAX_MANAJER = 7;

    private final Map<Position, Integer> counts;

    private Seats(Map<Position, Integer> counts) {
        this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The five named offices plus {@code furtherPengurus} members, and the pengawas and manager seats. */
    public static Seats of(int furtherPengurus, int pengawas, int manajer) {
        Map<Position, Integer> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            if (p.isNamedOffice()) {
                counts.put(p, 1);
            }
        }
        counts.put(Position.PENGURUS_ANGGOTA, furtherPengurus);
        counts.put(Position.PENGAWAS, pengawas);
        counts.put(Position.MANAJER, manajer);
        return from(counts);
    }

    /** Checks a stored or entered map of counts; positions missing count zero. */
    public static Seats from(Map<Position, Integer> given) {
        Map<Position, Integer> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            int n = given.getOrDefault(p, 0);
            if (n < 0) {
                throw new RuleRefusal("negative");
            }
            if (n > 0) {
                counts.put(p, n);
            }
        }
        for (Position p : Position.values()) {
            if (p.isNamedOffice() && counts.getOrDefault(p, 0) != 1) {
                throw new RuleRefusal("namedOffice");
            }
        }
        int pengurus = counts.entrySet().stream().filter(e -> e.getKey().body() == Position.Body.PENGURUS)
                .mapToInt(Map.Entry::getValue).sum();
        if (pengurus > MAX_PENGURUS) {
            throw new RuleRefusal("tooManyPengurus");
        }
        if (pengurus % 2 == 0) {
            throw new RuleRefusal("evenPengurus");
        }
        if (counts.getOrDefault(Position.PENGAWAS, 0) > MAX_PENGAWAS) {
            throw new RuleRefusal("tooManyPengawas");
        }
        if (counts.getOrDefault(Position.MANAJER, 0) > MAX_MANAJER) {
            throw new RuleRefusal("tooManyManajer");
        }
        return new Seats(counts);
    }

    public int of(Position position) {
        return counts.getOrDefault(position, 0);
    }

    public int pengurus() {
        return counts.entrySet().stream().filter(e -> e.getKey().body() == Position.Body.PENGURUS)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The positions with at least one seat, in the order of {@link Position}. */
    public List<Position> positions() {
        return new ArrayList<>(counts.keySet());
    }

    public Map<Position, Integer> asMap() {
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seats s && s.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
