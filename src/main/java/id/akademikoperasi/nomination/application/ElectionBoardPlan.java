package id.akademikoperasi.nomination.application;

import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.reporting.application.BoardPlan;
import id.akademikoperasi.reporting.domain.BoardComposition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Board readiness measured against what a koperasi will really elect: the seats of its next open election, counted
 * by organ (pengurus, pengawas, manajer) as the schemes name the positions they qualify for. A koperasi without a
 * planned election is measured against the programme's default board.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class ElectionBoardPlan implements BoardPlan {

    @PersistenceContext
    private EntityManager em;

    @Override
    public BoardComposition nextElection(String kelurahanCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("""
                        SELECT s.position, s.seats FROM nom_election_seat s
                        WHERE s.election_id = (SELECT e.id FROM nom_election e WHERE e.region_code = ? AND e.status = 'OPEN'
                                               ORDER BY e.election_date, e.id LIMIT 1)""")
                .setParameter(1, kelurahanCode).getResultList();
        if (seats.isEmpty()) {
            return BoardComposition.DEFAULT;
        }
        Map<String, Integer> byBody = new LinkedHashMap<>();
        for (Position.Body body : Position.Body.values()) {
            byBody.put(body.name(), 0);
        }
        for (Object[] row : seats) {
            byBody.merge(Position.valueOf((String) row[0]).body().name(), ((Number) row[1]).intValue(), Integer::sum);
        }
        return new BoardComposition(byBody);
    }
}
