package id.akademikoperasi.reporting.domain;

import java.io.Serializable;

/**
 * The dashboard's figures for one region (or one koperasi): sums of the summaries below it.
 *
 * @param ready        koperasi that can fill every board seat with certified candidates
 * @param seats        board seats to fill in these koperasi
 * @param seatsCovered of those, seats for which a certified candidate exists
 */
public record Figures(String code, String name, long koperasi, long members, long enrolled, long lessonsDone,
                      long coursesCompleted, long examsPassed, long valid, long expiring, long revoked, long expired,
                      long pending, long ready, long seats, long seatsCovered) implements Serializable {

    /** Share of board seats that certified candidates could fill, 0–100 (0 when no seats are counted). */
    public int readinessPercent() {
        return seats == 0 ? 0 : (int) (seatsCovered * 100 / seats);
    }

    /** Share of koperasi that are ready, 0–100. */
    public int readyPercent() {
        return koperasi == 0 ? 0 : (int) (ready * 100 / koperasi);
    }
}
