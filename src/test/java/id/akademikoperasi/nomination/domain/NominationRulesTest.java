package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.nomination.domain.CandidateFacts.HeldCertificate;
import id.akademikoperasi.nomination.domain.CandidateFacts.Person;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NominationRulesTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final LocalDate ELECTION = LocalDate.of(2026, 9, 15);

    static HeldCertificate cert(long id, String positions, HeldCertificate.Status status, LocalDate until,
                                String declarations, String relatives) {
        return new HeldCertificate(id, "AK/6474/2026/00000" + id, "CODE" + id, Set.of(positions.split(",")), status,
                ZonedDateTime.of(until.atTime(10, 0), WITA).toInstant(),
                declarations.isEmpty() ? Set.of() : Set.of(declarations.split(",")), relatives);
    }

    static HeldCertificate pengurusCert() {
        return cert(1, "PENGURUS", HeldCertificate.Status.VALID, ELECTION.plusYears(2), "NO_KINSHIP,NOT_PERANGKAT,DATA_TRUE", null);
    }

    /** An eligible candidate for every seat: member, 30 years old, all three schemes valid, nothing else. */
    static CandidateFacts eligible() {
        return new CandidateFacts(10, "Dewi Lestari", true, LocalDate.of(1996, 1, 1),
                List.of(pengurusCert(),
                        cert(2, "PENGAWAS", HeldCertificate.Status.VALID, ELECTION.plusYears(1), "DATA_TRUE", ""),
                        cert(3, "MANAJER,BENDAHARA_USP", HeldCertificate.Status.VALID, ELECTION.plusYears(1), "DATA_TRUE", "")),
                false, Set.of(), List.of(), Set.of(), List.of(new Person(20, "Budi Santoso", null)));
    }

    static CandidateFacts with(CandidateFacts f, Object... changes) {
        boolean member = f.member();
        LocalDate birth = f.birthDate();
        List<HeldCertificate> certs = f.certificates();
        boolean perangkat = f.recordedPerangkat();
        Set<Long> kin = f.recordedKin();
        List<Position> nominations = f.nominations();
        Set<Position.Body> sitting = f.sittingOn();
        List<Person> others = f.others();
        for (int i = 0; i < changes.length; i += 2) {
            switch ((String) changes[i]) {
                case "member" -> member = (Boolean) changes[i + 1];
                case "birth" -> birth = (LocalDate) changes[i + 1];
                case "certs" -> certs = castList(changes[i + 1]);
                case "perangkat" -> perangkat = (Boolean) changes[i + 1];
                case "kin" -> kin = castSet(changes[i + 1]);
                case "nominations" -> nominations = castList(changes[i + 1]);
                case "sitting" -> sitting = castSet(changes[i + 1]);
                case "others" -> others = castList(changes[i + 1]);
                default -> throw new IllegalArgumentException((String) changes[i]);
            }
        }
        return new CandidateFacts(f.accountId(), f.name(), member, birth, certs, perangkat, kin, nominations, sitting, others);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> castList(Object o) { return (List<T>) o; }

    @SuppressWarnings("unchecked")
    static <T> Set<T> castSet(Object o) { return (Set<T>) o; }

    static List<Rule> rules(CandidateFacts facts, Position position) {
        return NominationRules.check(facts, ELECTION, position, WITA).failures().stream().map(Failure::rule).toList();
    }

    @Test
    void anEligibleCandidatePassesForEverySeatAndNamesTheCertificateOfTheRightScheme() {
        for (Position p : Position.values()) {
            NominationRules.Verdict v = NominationRules.check(eligible(), ELECTION, p, WITA);
            assertTrue(v.eligible(), p + ": " + v.failures());
        }
        assertEquals(1, NominationRules.check(eligible(), ELECTION, Position.KETUA, WITA).certificate().id());
        assertEquals(2, NominationRules.check(eligible(), ELECTION, Position.PENGAWAS, WITA).certificate().id());
        assertEquals(3, NominationRules.check(eligible(), ELECTION, Position.MANAJER, WITA).certificate().id());
    }

    @Test
    void aNonMemberIsRefused() {
        assertEquals(List.of(Rule.MEMBER), rules(with(eligible(), "member", false), Position.KETUA));
    }

    @Test
    void seventeenOnTheElectionDayIsOldEnoughTheDayBeforeIsNot() {
        assertEquals(List.of(), rules(with(eligible(), "birth", ELECTION.minusYears(17)), Position.SEKRETARIS));
        assertEquals(List.of(Rule.AGE), rules(with(eligible(), "birth", ELECTION.minusYears(17).plusDays(1)), Position.SEKRETARIS));
        assertEquals(List.of(Rule.AGE), rules(with(eligible(), "birth", null), Position.SEKRETARIS));
    }

    @Test
    void withoutACertificateOfAQualifyingSchemeTheSeatIsRefused() {
        CandidateFacts onlyManager = with(eligible(), "certs", List.of(
                cert(3, "MANAJER", HeldCertificate.Status.VALID, ELECTION.plusYears(1), "NOT_PERANGKAT", "")));
        assertEquals(List.of(Rule.CERTIFICATE_MISSING), rules(onlyManager, Position.KETUA));
        assertEquals(List.of(Rule.CERTIFICATE_MISSING), rules(onlyManager, Position.PENGAWAS));
        assertEquals(List.of(), rules(onlyManager, Position.MANAJER));
    }

    @Test
    void aCertificateEndingTheDayBeforeTheElectionDoesNotCountOneEndingThatDayDoes() {
        CandidateFacts dayBefore = with(eligible(), "certs", List.of(
                cert(1, "PENGURUS", HeldCertificate.Status.VALID, ELECTION.minusDays(1), "NOT_PERANGKAT", null)));
        List<Failure> failures = NominationRules.check(dayBefore, ELECTION, Position.KETUA, WITA).failures();
        assertEquals(List.of(Failure.of(Rule.CERTIFICATE_EXPIRES, "AK/6474/2026/000001", "2026-09-14")), failures);

        CandidateFacts sameDay = with(eligible(), "certs", List.of(
                cert(1, "PENGURUS", HeldCertificate.Status.VALID, ELECTION, "NOT_PERANGKAT", null)));
        assertEquals(List.of(), rules(sameDay, Position.KETUA));

        CandidateFacts expired = with(eligible(), "certs", List.of(
                cert(1, "PENGURUS", HeldCertificate.Status.EXPIRED, ELECTION.plusDays(3), "NOT_PERANGKAT", null)));
        assertEquals(List.of(Rule.CERTIFICATE_EXPIRES), rules(expired, Position.KETUA));
    }

    @Test
    void aRevokedCertificateIsRefusedUnlessAnotherValidOneQualifies() {
        HeldCertificate revoked = cert(1, "PENGURUS", HeldCertificate.Status.REVOKED, ELECTION.plusYears(2), "NOT_PERANGKAT", null);
        assertEquals(List.of(Rule.CERTIFICATE_REVOKED), rules(with(eligible(), "certs", List.of(revoked)), Position.BENDAHARA));
        HeldCertificate renewed = cert(5, "PENGURUS", HeldCertificate.Status.VALID, ELECTION.plusYears(1), "NOT_PERANGKAT", null);
        NominationRules.Verdict v = NominationRules.check(with(eligible(), "certs", List.of(revoked, renewed)), ELECTION,
                Position.BENDAHARA, WITA);
        assertTrue(v.eligible());
        assertEquals(5, v.certificate().id());
    }

    @Test
    void aRecordedRelationWithAnotherNomineeOrBoardMemberIsRefused() {
        List<Failure> failures = NominationRules.check(with(eligible(), "kin", Set.of(20L)), ELECTION, Position.PENGAWAS, WITA)
                .failures();
        assertEquals(List.of(Failure.of(Rule.KINSHIP, "Budi Santoso")), failures);
        // a relative who is neither nominated nor sitting does not matter
        assertEquals(List.of(), rules(with(eligible(), "kin", Set.of(99L)), Position.PENGAWAS));
    }

    @Test
    void aDeclaredRelationEitherWayRoundIsRefusedByWholeName() {
        CandidateFacts named = with(eligible(), "certs", List.of(
                cert(1, "PENGURUS", HeldCertificate.Status.VALID, ELECTION.plusYears(2), "NOT_PERANGKAT", "Kakak: BUDI  santoso (pengurus)")));
        assertEquals(List.of(Rule.KINSHIP), rules(named, Position.KETUA));
        CandidateFacts namedBy = with(eligible(), "others", List.of(new Person(20, "Budi Santoso", "istri saya Dewi Lestari")));
        assertEquals(List.of(Rule.KINSHIP), rules(namedBy, Position.KETUA));
        CandidateFacts partOfAName = with(eligible(), "others", List.of(new Person(20, "Budi Santoso", "Dewi Lestariningsih")));
        assertEquals(List.of(), rules(partOfAName, Position.KETUA));
    }

    @Test
    void perangkatMayNotSitInThePengurusButInThePengawas() {
        CandidateFacts lurah = with(eligible(), "perangkat", true);
        assertEquals(List.of(Rule.PERANGKAT), rules(lurah, Position.WAKIL_KETUA_USAHA));
        assertEquals(List.of(), rules(lurah, Position.PENGAWAS));
        assertEquals(List.of(), rules(lurah, Position.MANAJER));
    }

    @Test
    void aPengurusCandidateWhoNeverDeclaredNotToBePerangkatIsRefused() {
        CandidateFacts undeclared = with(eligible(), "certs", List.of(
                cert(1, "PENGURUS", HeldCertificate.Status.VALID, ELECTION.plusYears(2), "NO_KINSHIP,DATA_TRUE", null)));
        assertEquals(List.of(Rule.PERANGKAT_UNDECLARED), rules(undeclared, Position.PENGURUS_ANGGOTA));
    }

    @Test
    void oneNominationPerElection() {
        List<Failure> failures = NominationRules.check(with(eligible(), "nominations", List.of(Position.SEKRETARIS)),
                ELECTION, Position.KETUA, WITA).failures();
        assertEquals(List.of(Failure.of(Rule.OTHER_NOMINATION, "SEKRETARIS")), failures);
        assertEquals(List.of(Rule.OTHER_NOMINATION), rules(with(eligible(), "nominations", List.of(Position.KETUA)), Position.KETUA));
    }

    @Test
    void notBothPengurusAndPengawasWhetherSittingOrNominated() {
        assertEquals(List.of(Rule.BOTH_BOARDS), rules(with(eligible(), "sitting", Set.of(Position.Body.PENGAWAS)), Position.KETUA));
        assertEquals(List.of(Rule.BOTH_BOARDS), rules(with(eligible(), "sitting", Set.of(Position.Body.PENGURUS)), Position.PENGAWAS));
        // re-election to the same body is fine, and a manager may be anything
        assertEquals(List.of(), rules(with(eligible(), "sitting", Set.of(Position.Body.PENGURUS)), Position.KETUA));
        assertEquals(List.of(), rules(with(eligible(), "sitting", Set.of(Position.Body.PENGURUS)), Position.MANAJER));
        assertEquals(List.of(Rule.OTHER_NOMINATION, Rule.BOTH_BOARDS),
                rules(with(eligible(), "nominations", List.of(Position.PENGAWAS)), Position.BENDAHARA));
    }

    @Test
    void everyFailingRuleIsListedInOrder() {
        CandidateFacts everything = new CandidateFacts(10, "Dewi Lestari", false, LocalDate.of(2015, 1, 1), List.of(),
                true, Set.of(20L), List.of(Position.PENGAWAS), Set.of(Position.Body.PENGAWAS),
                List.of(new Person(20, "Budi Santoso", null)));
        assertEquals(List.of(Rule.MEMBER, Rule.AGE, Rule.CERTIFICATE_MISSING, Rule.KINSHIP, Rule.PERANGKAT,
                Rule.PERANGKAT_UNDECLARED, Rule.OTHER_NOMINATION, Rule.BOTH_BOARDS), rules(everything, Position.KETUA));
        NominationRules.Verdict v = NominationRules.check(everything, ELECTION, Position.KETUA, WITA);
        assertFalse(v.eligible());
        assertEquals(null, v.certificate());
    }

    @Test
    void anUncertifiedMemberHearsAboutTheCertificateAndTheMissingDeclaration() {
        assertEquals(List.of(Rule.CERTIFICATE_MISSING, Rule.PERANGKAT_UNDECLARED),
                rules(with(eligible(), "certs", List.of()), Position.KETUA));
        assertEquals(List.of(Rule.CERTIFICATE_MISSING), rules(with(eligible(), "certs", List.of()), Position.PENGAWAS));
    }

    @Test
    void reasonsRoundTripAsJson() {
        List<Failure> failures = List.of(Failure.of(Rule.AGE), Failure.of(Rule.KINSHIP, "Budi \"B\" Santoso"),
                Failure.of(Rule.CERTIFICATE_EXPIRES, "AK/1", "2026-09-14"));
        assertEquals(failures, Reasons.read(Reasons.write(failures)));
        assertEquals(List.of(), Reasons.read(null));
    }
}
