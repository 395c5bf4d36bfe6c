package id.akademikoperasi.reporting.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a koperasi has enough holders of a valid certificate for every seat of its next election. A holder of a
 * scheme is a candidate for each position the scheme names (Calon Pengurus → PENGURUS; Manajer Unit Usaha →
 * MANAJER, BENDAHARA_USP).
 *
 * <pre>{@code
 * Readiness r = Readiness.of(BoardComposition.DEFAULT, Map.of("CALON_PENGURUS", Set.of("PENGURUS"), ...),
 *                            Map.of("CALON_PENGURUS", 6L, "CALON_PENGAWAS", 3L));
 * r.ready();          // false: no certified manager
 * r.seatsCovered();   // 8 of 9
 * }</pre>
 *
 * Counts are of certificates, not of people: one person holding two schemes counts for both positions, although
 * one person may hold one seat only. The figure is therefore an upper bound of readiness, as a dashboard should
 * say; the nomination context decides per person.
 */
public record Readiness(Map<String, Position> positions) implements Serializable {

    public record Position(String position, int seats, long candidates) implements Serializable {
        public int covered() {
            return (int) Math.min(seats, candidates);
        }

        public boolean filled() {
            return candidates >= seats;
        }
    }

    /**
     * @param schemePositions the positions of each scheme (from the schemes' positions CSV)
     * @param validBySchemes  valid certificates held in the koperasi, by scheme
     */
    public static Readiness of(BoardComposition board, Map<String, Set<String>> schemePositions,
                               Map<String, Long> validBySchemes) {
        Map<String, Position> positions = new LinkedHashMap<>();
        board.seats().forEach((position, seats) -> {
            long candidates = schemePositions.entrySet().stream()
                    .filter(e -> e.getValue().contains(position))
                    .mapToLong(e -> validBySchemes.getOrDefault(e.getKey(), 0L)).sum();
            positions.put(position, new Position(position, seats, candidates));
        });
        return new Readiness(positions);
    }

    /** The positions of a scheme as stored: {@code "MANAJER,BENDAHARA_USP"}. */
    public static Set<String> positionsOf(String csv) {
        return csv == null ? Set.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean ready() {
        return positions.values().stream().allMatch(Position::filled);
    }

    public int seats() {
        return positions.values().stream().mapToInt(Position::seats).sum();
    }

    public int seatsCovered() {
        return positions.values().stream().mapToInt(Position::covered).sum();
    }

    public List<Position> list() {
        return List.copyOf(positions.values());
    }
}
