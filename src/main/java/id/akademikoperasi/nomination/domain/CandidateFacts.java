package id.akademikoperasi.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the application service gathered about a candidate for the rules to judge: nothing here is looked up by the
 * rules themselves, so every rule can be tested alone.
 *
 * @param accountId         the candidate
 * @param name              their display name, as others may have declared it
 * @param member            an active member of the koperasi holding the election
 * @param birthDate         from the account; {@code null} when unknown
 * @param certificates      every certificate the candidate holds, whatever its scheme or status
 * @param recordedPerangkat the COOP_ADMIN recorded the candidate as lurah, perangkat or BPD
 * @param recordedKin       accounts the COOP_ADMIN recorded as first-degree relatives
 * @param nominations       the candidate's other accepted nominations in this election
 * @param sittingOn         the bodies the candidate sits in now (pengurus, pengawas) of this koperasi
 * @param others            the other accepted nominees of this election and the sitting pengurus and pengawas
 */
public record CandidateFacts(long accountId, String name, boolean member, LocalDate birthDate,
                             List<HeldCertificate> certificates, boolean recordedPerangkat, Set<Long> recordedKin,
                             List<Position> nominations, Set<Position.Body> sittingOn, List<Person> others) {

    public CandidateFacts {
        certificates = List.copyOf(certificates);
        recordedKin = Set.copyOf(recordedKin);
        nominations = List.copyOf(nominations);
        sittingOn = Set.copyOf(sittingOn);
        others = List.copyOf(others);
    }

    /**
     * A certificate as the rules see it.
     *
     * @param schemePositions what the scheme qualifies for (PENGURUS, PENGAWAS, MANAJER, BENDAHARA_USP)
     * @param declarations    what the holder declared in the application it was issued on (NO_KINSHIP, NOT_PERANGKAT)
     * @param relatives       relatives on a board the holder named in that application; blank for none
     */
    public record HeldCertificate(long id, String number, String verificationCode, Set<String> schemePositions,
                                  Status status, Instant validUntil, Set<String> declarations, String relatives) {

        public enum Status { VALID, EXPIRED, REVOKED }

        public HeldCertificate {
            schemePositions = Set.copyOf(schemePositions);
            declarations = Set.copyOf(declarations);
        }
    }

    /**
     * Someone a candidate must not be related to: another nominee, or a member of the sitting pengurus or pengawas,
     * with the relatives they named in their own certification (blank for none).
     */
    public record Person(long accountId, String name, String relatives) {
    }
}
