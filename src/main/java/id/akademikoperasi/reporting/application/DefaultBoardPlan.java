package id.akademikoperasi.reporting.application;

import id.akademikoperasi.reporting.domain.BoardComposition;
import jakarta.enterprise.context.ApplicationScoped;

/** Every koperasi elects the programme's default board until elections are known (see {@link BoardPlan}). */
@ApplicationScoped
public class DefaultBoardPlan implements BoardPlan {

    @Override
    public BoardComposition nextElection(String kelurahanCode) {
        return BoardComposition.DEFAULT;
    }
}
