package id.akademikoperasi.reporting.application;

import id.akademikoperasi.reporting.domain.BoardComposition;

/**
 * The seam where a koperasi's next election plugs into board readiness: which seats it must fill. The default
 * ({@link DefaultBoardPlan}) is the programme's board of five pengurus, three pengawas and a manager. The nomination
 * context, once it knows elections and their positions, provides an implementation with a higher
 * {@code @Priority} {@code @Alternative}, and calls {@link Tallies#boardChanged(String)} in the transaction that
 * changes an election's positions, so that the readiness counters follow.
 */
public interface BoardPlan {

    /** @param kelurahanCode the region code of the koperasi (one koperasi per kelurahan/desa) */
    BoardComposition nextElection(String kelurahanCode);
}
