package id.akademikoperasi.reporting.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seats a koperasi must fill at its next election, by position ({@code PENGURUS}, {@code PENGAWAS},
 * {@code MANAJER}, as the schemes name them). Until a koperasi's election is known, the programme's default board
 * applies: five pengurus (Ketua, two Wakil Ketua, Sekretaris, Bendahara), three pengawas and one manager.
 */
public record BoardComposition(Map<String, Integer> seats) implements Serializable {

    public static final BoardComposition DEFAULT = new BoardComposition(orderedOf("PENGURUS", 5, "PENGAWAS", 3, "MANAJER", 1));

    public BoardComposition {
        seats.forEach((position, n) -> {
            if (position == null || position.isBlank() || n == null || n < 0) {
                throw new IllegalArgumentException("a position needs a name and zero or more seats: " + position + "=" + n);
            }
        });
        seats = Collections.unmodifiableMap(new LinkedHashMap<>(seats));
    }

    public int totalSeats() {
        return seats.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> orderedOf(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }
}
