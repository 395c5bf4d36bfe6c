package id.akademikoperasi.nomination.application;

import id.akademikoperasi.shared.domain.RuleRefusal;
import id.akademikoperasi.certification.application.CertificateLookup;
import id.akademikoperasi.certification.application.CertificateRevoked;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.nomination.application.ElectionViews.BoardSeat;
import id.akademikoperasi.nomination.application.ElectionViews.CandidateList;
import id.akademikoperasi.nomination.application.ElectionViews.ElectionDetails;
import id.akademikoperasi.nomination.application.ElectionViews.ElectionLine;
import id.akademikoperasi.nomination.application.ElectionViews.KinshipLine;
import id.akademikoperasi.nomination.application.ElectionViews.MemberOption;
import id.akademikoperasi.nomination.application.ElectionViews.NominationLine;
import id.akademikoperasi.nomination.application.ElectionViews.Notice;
import id.akademikoperasi.nomination.application.ElectionViews.PositionCandidates;
import id.akademikoperasi.nomination.application.ElectionViews.SeatLine;
import id.akademikoperasi.nomination.application.ElectionViews.VillageOfficialLine;
import id.akademikoperasi.nomination.domain.CandidateFacts;
import id.akademikoperasi.nomination.domain.CandidateFacts.HeldCertificate;
import id.akademikoperasi.nomination.domain.CandidateFacts.Person;
import id.akademikoperasi.nomination.domain.Election;
import id.akademikoperasi.nomination.domain.ElectionKind;
import id.akademikoperasi.nomination.domain.Kinship;
import id.akademikoperasi.nomination.domain.Nomination;
import id.akademikoperasi.nomination.domain.NominationRules;
import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.nomination.domain.Seats;
import id.akademikoperasi.nomination.domain.Term;
import id.akademikoperasi.nomination.domain.VillageOfficial;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.audit.application.AuditLog;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Board elections of a koperasi, run by its secretariat (COOP_ADMIN of the kelurahan): plan the election, put
 * members forward, withdraw them, draw up the list of eligible candidates and record the result. Every decision
 * goes into the audit chain in the same transaction.
 *
 * <pre>{@code
 * long election = nominations.plan(admin, koperasiId, ElectionKind.RAPAT_ANGGOTA, date, "Aula Kelurahan", 2, 3, 1);
 * NominationLine n = nominations.nominate(admin, election, memberAccountId, Position.KETUA);
 * if (!n.accepted()) { n.failures() ... }   // stored as REFUSED with every failing rule
 * nominations.recordResult(admin, election, List.of(n.id()), termStart, termEnd);
 * }</pre>
 *
 * The rules judge facts gathered here ({@link CandidateFacts}): membership (organisation), birth date (identity),
 * certificates with their scheme's positions and the holder's declarations (certification, through
 * {@link CertificateLookup}), and what the secretariat recorded here: kinship between accounts and who is
 * lurah/perangkat/BPD. A revoked certificate turns the nominations resting on it INELIGIBLE in the revoking
 * transaction, with a notice for the secretariat and the candidate.
 */
@ApplicationScoped
public class NominationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RegionDirectory regions;

    @Inject
    private MembershipService memberships;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private CertificateLookup certificates;

    @Inject
    private AuditLog audit;

    @Inject
    private id.akademikoperasi.reporting.application.Tallies tallies;

    // --- the secretariat's koperasi ----------------------------------------------------------------------------

    /** The koperasi the actor runs elections for, by region code. */
    public List<KoperasiView> managedBy(Actor actor) {
        return actor.scopesOf(Role.COOP_ADMIN).stream().filter(s -> !s.isEmpty())
                .flatMap(s -> regions.koperasiOfVillage(RegionCode.of(s)).stream()).toList();
    }

    /** Active members of the koperasi whose name contains the text, for picking a candidate (at most 50). */
    public List<MemberOption> members(Actor actor, long koperasiId, String search) {
        requireSecretariat(actor, koperasi(koperasiId));
        String s = search == null ? "" : search.strip();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.display_name FROM org_membership m JOIN idn_account a ON a.id = m.account_id
                        WHERE m.koperasi_id = ? AND m.status = 'ACTIVE' AND (? = '' OR a.display_name LIKE ?)
                        ORDER BY a.display_name, a.id LIMIT 50""")
                .setParameter(1, koperasiId).setParameter(2, s).setParameter(3, SqlValues.contains(s))
                .getResultList();
        return rows.stream().map(r -> new MemberOption(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    // --- elections ---------------------------------------------------------------------------------------------

    /** Plans an election; {@code furtherPengurus} seats join the five named offices. Returns its id. */
    @Transactional
    public long plan(Actor actor, long koperasiId, ElectionKind kind, LocalDate date, String place,
                     int furtherPengurus, int pengawas, int manajer) {
        KoperasiView koperasi = koperasi(koperasiId);
        requireSecretariat(actor, koperasi);
        List<Problem> problems = new ArrayList<>();
        Seats seats = null;
        try {
            seats = Seats.of(furtherPengurus, pengawas, manajer);
        } catch (RuleRefusal e) {
            problems.add(Problem.of("seats", "nomination.seats." + e.reason(), Seats.MAX_PENGURUS, Seats.MAX_PENGAWAS,
                    Seats.MAX_MANAJER));
        }
        Election election = null;
        try {
            election = Election.plan(koperasiId, koperasi.kelurahanCode(), kind, date, place,
                    seats == null ? Seats.of(0, 0, 0) : seats, actor.accountId(), clock.instant(), today());
        } catch (RuleRefusal e) {
            String field = switch (e.reason()) {
                case "kindMissing" -> "kind";
                case "place" -> "place";
                default -> "date";
            };
            problems.add(Problem.of(field, "nomination.election." + (field.equals("place") ? "placeInvalid" : e.reason()),
                    Election.MAX_PLACE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.persist(election);
        em.flush();
        tallies.boardChanged(koperasi.kelurahanCode());   // readiness is now measured against this election's seats
        audit.record("election.created", actor.accountId(), "election:" + election.id(),
                Map.of("koperasi", koperasiId, "kind", kind.name(), "date", date.toString(),
                        "seats", seats.asMap().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))));
        StructuredLog.event("election.created", "by", actor.accountId(), "election", election.id());
        return election.id();
    }

    public List<ElectionLine> elections(Actor actor, long koperasiId) {
        KoperasiView koperasi = koperasi(koperasiId);
        requireReader(actor, koperasi);
        return em.createNamedQuery("Election.ofKoperasi", Election.class).setParameter("koperasi", koperasiId)
                .getResultList().stream().map(e -> line(e, koperasi)).toList();
    }

    public ElectionDetails election(Actor actor, long electionId) {
        Election e = find(electionId);
        KoperasiView koperasi = koperasi(e.koperasiId());
        requireReader(actor, koperasi);
        return new ElectionDetails(line(e, koperasi), nominationLines(e.id()));
    }

    // --- nominations -------------------------------------------------------------------------------------------

    /**
     * Puts a member forward for a seat. The rules decide; accepted or refused, the nomination is stored with the
     * decision and audited. Only a secretariat of the koperasi may, and only while the election takes nominations.
     */
    @Transactional
    public NominationLine nominate(Actor actor, long electionId, long accountId, Position position) {
        // the election row is locked: two nominations of one election are judged one after the other, so neither
        // misses the other (one position per person, kinship between nominees)
        Election election = em.find(Election.class, electionId, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw new NotFoundException("nomination.election.notFound");
        }
        requireSecretariat(actor, koperasi(election.koperasiId()));
        if (position == null) {
            throw new InvalidInputException(Problem.of("position", "nomination.position.missing"));
        }
        if (!election.takesNominations(today())) {
            throw new InvalidInputException(Problem.of(null, "nomination.election.closed"));
        }
        if (election.seats().of(position) == 0) {
            throw new InvalidInputException(Problem.of("position", "nomination.position.noSeat"));
        }
        // only the koperasi's own members are put forward: an outsider's facts (age, certificates) are never read,
        // judged or stored, so a secretariat cannot learn about people of other koperasi by nominating them
        if (!activeMember(accountId, election.koperasiId())) {
            throw new InvalidInputException(Problem.of("candidate", "nomination.relations.notMember"));
        }
        Account account = accounts.byId(new AccountId(accountId))
                .orElseThrow(() -> new NotFoundException("nomination.member.notFound"));
        CandidateFacts facts = facts(election, account, null);
        NominationRules.Verdict verdict = NominationRules.check(facts, election.electionDate(), position,
                ClockProducer.OFFICE_ZONE);
        Nomination n = Nomination.decide(election.id(), accountId, position, verdict, actor.accountId(), clock.instant());
        em.persist(n);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("election", election.id());
        details.put("candidate", accountId);
        details.put("position", position.name());
        if (verdict.eligible()) {
            details.put("certificate", n.certificateNumber());
        } else {
            details.put("rules", verdict.failures().stream().map(f -> f.rule().name()).toList());
        }
        audit.record(verdict.eligible() ? "nomination.accepted" : "nomination.refused", actor.accountId(),
                "nomination:" + n.id(), details);
        StructuredLog.event(verdict.eligible() ? "nomination.accepted" : "nomination.refused", "by", actor.accountId(),
                "nomination", n.id(), "election", election.id());
        return nominationLine(n, account.displayName());
    }

    /** The secretariat withdraws an accepted nomination before the result is recorded. */
    @Transactional
    public void withdraw(Actor actor, long nominationId) {
        Nomination n = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw new NotFoundException("nomination.notFound");
        }
        Election election = find(n.electionId());
        requireSecretariat(actor, koperasi(election.koperasiId()));
        if (election.status() != Election.Status.OPEN) {
            throw new InvalidInputException(Problem.of(null, "nomination.election.closed"));
        }
        try {
            n.withdraw(actor.accountId(), clock.instant());
        } catch (RuleRefusal e) {
            throw e.asInput(null, "nomination.withdraw.");
        }
        em.flush();
        audit.record("nomination.withdrawn", actor.accountId(), "nomination:" + n.id(),
                Map.of("election", election.id(), "candidate", n.accountId(), "position", n.position().name()));
    }

    /**
     * A revoked certificate no longer carries the nominations resting on it in elections still open: each is judged
     * again in the revoking transaction. One whose candidate holds another valid qualifying certificate rests on that
     * one; the others turn INELIGIBLE with every failing rule, and the secretariat and the candidate get a notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void certificateRevoked(@Observes CertificateRevoked event) {
        @SuppressWarnings("unchecked")
        List<Number> elections = em.createNativeQuery("SELECT DISTINCT election_id FROM nom_nomination "
                        + "WHERE certificate_id = ? AND status = 'ACCEPTED' ORDER BY election_id")
                .setParameter(1, event.certificateId()).getResultList();
        List<Nomination> turned = new ArrayList<>();
        List<Nomination> moved = new ArrayList<>();
        for (Number electionId : elections) {
            // judged as when nominating: under the election's lock, by the same rules, so a candidate who still
            // holds another valid qualifying certificate stays on the list and rests on that one
            Election election = em.find(Election.class, electionId.longValue(), LockModeType.PESSIMISTIC_WRITE);
            if (election.status() != Election.Status.OPEN) {
                continue;
            }
            List<Nomination> resting = em.createNamedQuery("Nomination.ofElection", Nomination.class)
                    .setParameter("election", election.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream()
                    .filter(n -> n.status() == Nomination.Status.ACCEPTED && Long.valueOf(event.certificateId()).equals(n.certificateId()))
                    .toList();
            for (Nomination n : resting) {
                Account account = accounts.byId(new AccountId(n.accountId())).orElseThrow();
                NominationRules.Verdict verdict = NominationRules.check(facts(election, account, n.id()),
                        election.electionDate(), n.position(), ClockProducer.OFFICE_ZONE);
                if (verdict.eligible()) {
                    n.restOn(verdict.certificate());
                    moved.add(n);
                } else {
                    n.turnIneligible(verdict.failures(), event.at());
                    em.flush();
                    tell(election, n, "nomination.notice.ineligible", event.at(), election.electionDate().toString(),
                            n.position().name(), event.number());
                    turned.add(n);
                }
            }
        }
        em.flush();
        // the audit head last, after every row this transaction locks (see AuditLog)
        for (Nomination n : turned) {
            audit.record("nomination.ineligible", event.revokedBy(), "nomination:" + n.id(),
                    Map.of("election", n.electionId(), "candidate", n.accountId(), "position", n.position().name(),
                            "certificate", event.number(), "rules", n.failures().stream().map(f -> f.rule().name()).toList(),
                            "reason", "certificate revoked"));
        }
        for (Nomination n : moved) {
            audit.record("nomination.certificateReplaced", event.revokedBy(), "nomination:" + n.id(),
                    Map.of("election", n.electionId(), "candidate", n.accountId(), "revoked", event.number(),
                            "certificate", n.certificateNumber()));
        }
    }

    /** Leaves a notice for the koperasi's secretariat ({@code key.coop}) and for the candidate ({@code key.member}). */
    private void tell(Election election, Nomination n, String key, Instant at, String... args) {
        for (Long to : new Long[]{null, n.accountId()}) {
            em.createNativeQuery("INSERT INTO nom_notice (koperasi_id, account_id, nomination_id, message_key, args, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, election.koperasiId()).setParameter(2, to).setParameter(3, n.id())
                    .setParameter(4, key + (to == null ? ".coop" : ".member"))
                    .setParameter(5, String.join("\u001f", args)).setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /**
     * Judges again the accepted nominations of these members in the koperasi's open elections, after a fact the
     * rules read was recorded (a relation, a village office). One that fails now turns INELIGIBLE with every
     * failing rule, and the secretariat and the candidate get a notice. The latest nomination is judged first, so
     * of two related nominees the later one gives way, as it would have been refused had the relation been known.
     */
    private void judgeAgain(long koperasiId, Collection<Long> accountIds, long by, Instant at, String cause) {
        List<Election> open = em.createNamedQuery("Election.openOf", Election.class)
                .setParameter("koperasi", koperasiId).setParameter("open", Election.Status.OPEN).getResultList();
        List<Nomination> turned = new ArrayList<>();
        for (Election stale : open) {
            // locked as when nominating, so a nomination made meanwhile is judged with the new fact or judged here
            Election election = em.find(Election.class, stale.id(), LockModeType.PESSIMISTIC_WRITE);
            if (election.status() != Election.Status.OPEN) {
                continue;
            }
            // a locking read: it sees nominations committed after this transaction's first plain read (REPEATABLE
            // READ would otherwise show the older snapshot and miss one accepted while we waited for the lock)
            List<Nomination> accepted = em.createNamedQuery("Nomination.ofElection", Nomination.class)
                    .setParameter("election", election.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream()
                    .filter(n -> n.status() == Nomination.Status.ACCEPTED && accountIds.contains(n.accountId()))
                    .sorted(Comparator.comparing(Nomination::id).reversed()).toList();
            for (Nomination n : accepted) {
                Account account = accounts.byId(new AccountId(n.accountId())).orElseThrow();
                NominationRules.Verdict verdict = NominationRules.check(facts(election, account, n.id()),
                        election.electionDate(), n.position(), ClockProducer.OFFICE_ZONE);
                if (verdict.eligible()) {
                    continue;
                }
                n.turnIneligible(verdict.failures(), at);
                em.flush();
                tell(election, n, "nomination.notice.rejudged", at, election.electionDate().toString(),
                        n.position().name(), account.displayName());
                turned.add(n);
            }
        }
        // the audit head last, after every row this transaction locks (see AuditLog)
        for (Nomination n : turned) {
            audit.record("nomination.ineligible", by, "nomination:" + n.id(),
                    Map.of("election", n.electionId(), "candidate", n.accountId(), "position", n.position().name(),
                            "rules", n.failures().stream().map(f -> f.rule().name()).toList(), "reason", cause));
            StructuredLog.event("nomination.ineligible", "by", by, "nomination", n.id(), "election", n.electionId());
        }
    }

    // --- the candidate list and the result ---------------------------------------------------------------------

    /** The Daftar Calon Memenuhi Syarat: accepted nominations per position with seats, in the order of the seats. */
    public CandidateList candidates(Actor actor, long electionId) {
        Election e = find(electionId);
        KoperasiView koperasi = koperasi(e.koperasiId());
        requireReader(actor, koperasi);
        List<NominationLine> all = nominationLines(e.id());
        List<PositionCandidates> positions = new ArrayList<>();
        for (Position p : e.seats().positions()) {
            positions.add(new PositionCandidates(p, e.seats().of(p), all.stream()
                    .filter(n -> n.position() == p && (n.accepted())).toList()));
        }
        return new CandidateList(line(e, koperasi), positions, clock.instant());
    }

    /**
     * After the meeting: the elected nominations (accepted ones of this election, no more per position than it has
     * seats) and the term of the new board, at most five years.
     */
    @Transactional
    public void recordResult(Actor actor, long electionId, Collection<Long> electedNominations, LocalDate termStart,
                             LocalDate termEnd) {
        Election election = em.find(Election.class, electionId, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw new NotFoundException("nomination.election.notFound");
        }
        requireSecretariat(actor, koperasi(election.koperasiId()));
        Term term;
        try {
            term = new Term(termStart, termEnd);
        } catch (RuleRefusal e) {
            throw e.asInput("term", "nomination.term.", Term.MAX_YEARS);
        }
        Set<Long> chosen = new HashSet<>(electedNominations);
        if (chosen.isEmpty()) {
            throw new InvalidInputException(Problem.of(null, "nomination.result.noneElected"));
        }
        Map<Position, Integer> perPosition = new HashMap<>();
        List<Nomination> elected = new ArrayList<>();
        for (Nomination n : em.createNamedQuery("Nomination.ofElection", Nomination.class)
                .setParameter("election", election.id()).getResultList()) {
            if (chosen.remove(n.id())) {
                if (n.status() != Nomination.Status.ACCEPTED) {
                    throw new InvalidInputException(Problem.of(null, "nomination.result.notAccepted"));
                }
                perPosition.merge(n.position(), 1, Integer::sum);
                elected.add(n);
            }
        }
        if (!chosen.isEmpty()) {
            throw new InvalidInputException(Problem.of(null, "nomination.result.notAccepted"));
        }
        for (Map.Entry<Position, Integer> e : perPosition.entrySet()) {
            if (e.getValue() > election.seats().of(e.getKey())) {
                throw new InvalidInputException(Problem.of(null, "nomination.result.tooMany", e.getKey().name(),
                        election.seats().of(e.getKey())));
            }
        }
        try {
            election.recordResult(term, actor.accountId(), clock.instant(), today());
        } catch (RuleRefusal e) {
            throw e.asInput("term", "nomination.election.");
        }
        elected.forEach(Nomination::elect);
        em.flush();
        tallies.boardChanged(election.regionCode());   // the next election is unknown again: the default board counts
        audit.record("election.resultRecorded", actor.accountId(), "election:" + election.id(),
                Map.of("koperasi", election.koperasiId(), "termStart", termStart.toString(), "termEnd", termEnd.toString(),
                        "elected", elected.stream().map(n -> Map.of("position", n.position().name(),
                                "account", n.accountId(), "certificate", n.certificateNumber())).toList()));
    }

    /**
     * The sitting board of the koperasi: those elected at its latest election with a recorded result whose term
     * covers today. For its members, its secretariat, DKUMPP officers of the region and the system admin.
     */
    public List<BoardSeat> board(Actor actor, long koperasiId) {
        KoperasiView koperasi = koperasi(koperasiId);
        boolean member = memberships.activeKoperasiOf(actor.accountId()).map(KoperasiId::value)
                .filter(k -> k == koperasiId).isPresent();
        if (!member) {
            requireReader(actor, koperasi);
        }
        return sittingBoard(koperasiId);
    }

    /** Notices for the secretariat of the koperasi, newest first. */
    public List<Notice> noticesForKoperasi(Actor actor, long koperasiId) {
        requireSecretariat(actor, koperasi(koperasiId));
        return notices("koperasi_id = ? AND account_id IS NULL", koperasiId);
    }

    /** Notices for the member themself, newest first. */
    public List<Notice> noticesForMember(Actor actor) {
        return notices("account_id = ?", actor.accountId());
    }

    // --- what the secretariat records for the rules ------------------------------------------------------------

    /**
     * The first-degree relations recorded for the koperasi, newest first. For its secretariat only: who is whose
     * relative is personal data.
     */
    public List<KinshipLine> kinships(Actor actor, long koperasiId) {
        requireSecretariat(actor, koperasi(koperasiId));
        List<Kinship> all = em.createNamedQuery("Kinship.ofKoperasi", Kinship.class)
                .setParameter("koperasi", koperasiId).getResultList();
        Map<Long, String> names = names(all.stream().flatMap(k -> Stream.of(k.accountLow(), k.accountHigh())).toList());
        return all.stream().map(k -> new KinshipLine(k.accountLow(), names.get(k.accountLow()), k.accountHigh(),
                names.get(k.accountHigh()), k.relation(), k.recordedAt())).toList();
    }

    /**
     * Records a first-degree blood or marriage relation between two active members of the koperasi. Refused, at
     * the field, when they are the same person, either is not a member, the relation is missing, or the pair is
     * already recorded (in either order).
     *
     * <pre>{@code
     * nominations.recordKinship(admin, koperasiId, wife, husband, Kinship.Relation.SPOUSE);
     * }</pre>
     */
    @Transactional
    public void recordKinship(Actor actor, long koperasiId, Long accountA, Long accountB, Kinship.Relation relation) {
        requireSecretariat(actor, koperasi(koperasiId));
        List<Problem> problems = new ArrayList<>();
        if (accountA == null || !activeMember(accountA, koperasiId)) {
            problems.add(Problem.of("first", accountA == null ? "nomination.relations.memberMissing" : "nomination.relations.notMember"));
        }
        if (accountB == null || !activeMember(accountB, koperasiId)) {
            problems.add(Problem.of("second", accountB == null ? "nomination.relations.memberMissing" : "nomination.relations.notMember"));
        }
        Kinship kinship = null;
        if (accountA != null && accountB != null) {
            try {
                kinship = Kinship.record(koperasiId, accountA, accountB, relation, actor.accountId(), clock.instant());
            } catch (RuleRefusal e) {
                problems.add(e.problem(e.reason().equals("self") ? "second" : "relation", "nomination.kinship."));
            }
        } else if (relation == null) {
            problems.add(Problem.of("relation", "nomination.kinship.relationMissing"));
        }
        if (problems.isEmpty() && em.find(Kinship.class, Kinship.key(koperasiId, accountA, accountB)) != null) {
            Map<Long, String> names = names(List.of(accountA, accountB));
            problems.add(Problem.of("second", "nomination.kinship.duplicate", names.get(accountA), names.get(accountB)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.persist(kinship);
        em.flush();
        judgeAgain(koperasiId, List.of(accountA, accountB), actor.accountId(), clock.instant(), "kinship recorded");
        audit.record("nomination.kinshipRecorded", actor.accountId(), "koperasi:" + koperasiId,
                Map.of("accounts", List.of(kinship.accountLow(), kinship.accountHigh()), "relation", relation.name()));
    }

    /** Removes a recorded relation, named in either order; refused when it is not (or no longer) recorded. */
    @Transactional
    public void removeKinship(Actor actor, long koperasiId, long accountA, long accountB) {
        requireSecretariat(actor, koperasi(koperasiId));
        Kinship kinship = em.find(Kinship.class, Kinship.key(koperasiId, accountA, accountB), LockModeType.PESSIMISTIC_WRITE);
        if (kinship == null) {
            throw new InvalidInputException(Problem.of(null, "nomination.kinship.notFound"));
        }
        em.remove(kinship);
        em.flush();
        audit.record("nomination.kinshipRemoved", actor.accountId(), "koperasi:" + koperasiId,
                Map.of("accounts", List.of(kinship.accountLow(), kinship.accountHigh()), "relation", kinship.relation().name()));
    }

    /** The members recorded as lurah/kepala desa, perangkat or BPD, newest first; for the secretariat only. */
    public List<VillageOfficialLine> villageOfficials(Actor actor, long koperasiId) {
        requireSecretariat(actor, koperasi(koperasiId));
        List<VillageOfficial> all = em.createNamedQuery("VillageOfficial.ofKoperasi", VillageOfficial.class)
                .setParameter("koperasi", koperasiId).getResultList();
        Map<Long, String> names = names(all.stream().map(VillageOfficial::accountId).toList());
        return all.stream().map(v -> new VillageOfficialLine(v.accountId(), names.get(v.accountId()), v.office(),
                v.recordedAt())).toList();
    }

    /**
     * Records that an active member is lurah/kepala desa, perangkat or BPD: they may then not be nominated for the
     * pengurus. Refused, at the field, without a member or office, for a non-member, or when already recorded.
     */
    @Transactional
    public void recordVillageOfficial(Actor actor, long koperasiId, Long accountId, VillageOfficial.Office office) {
        requireSecretariat(actor, koperasi(koperasiId));
        List<Problem> problems = new ArrayList<>();
        if (accountId == null || !activeMember(accountId, koperasiId)) {
            problems.add(Problem.of("member", accountId == null ? "nomination.relations.memberMissing" : "nomination.relations.notMember"));
        } else if (em.find(VillageOfficial.class, new VillageOfficial.Key(koperasiId, accountId)) != null) {
            problems.add(Problem.of("member", "nomination.official.duplicate", names(List.of(accountId)).get(accountId)));
        }
        if (office == null) {
            problems.add(Problem.of("office", "nomination.official.officeMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.persist(VillageOfficial.record(koperasiId, accountId, office, actor.accountId(), clock.instant()));
        em.flush();
        judgeAgain(koperasiId, List.of(accountId), actor.accountId(), clock.instant(), "village official recorded");
        audit.record("nomination.officialRecorded", actor.accountId(), "koperasi:" + koperasiId,
                Map.of("account", accountId, "office", office.name()));
    }

    /** Removes the record that a member is part of the village leadership; refused when there is none. */
    @Transactional
    public void removeVillageOfficial(Actor actor, long koperasiId, long accountId) {
        requireSecretariat(actor, koperasi(koperasiId));
        VillageOfficial official = em.find(VillageOfficial.class, new VillageOfficial.Key(koperasiId, accountId),
                LockModeType.PESSIMISTIC_WRITE);
        if (official == null) {
            throw new InvalidInputException(Problem.of(null, "nomination.official.notFound"));
        }
        em.remove(official);
        em.flush();
        audit.record("nomination.officialRemoved", actor.accountId(), "koperasi:" + koperasiId,
                Map.of("account", accountId, "office", official.office().name()));
    }

    private boolean activeMember(long accountId, long koperasiId) {
        return memberships.activeKoperasiOf(accountId).map(KoperasiId::value).filter(k -> k == koperasiId).isPresent();
    }

    // --- facts for the rules -----------------------------------------------------------------------------------

    /** What the rules read about a candidate; {@code judged} is a nomination judged again, left out of the others. */
    private CandidateFacts facts(Election election, Account account, Long judged) {
        long accountId = account.id().value();
        boolean member = memberships.activeKoperasiOf(accountId).map(KoperasiId::value)
                .filter(k -> k == election.koperasiId()).isPresent();
        List<HeldCertificate> held = certificates.heldBy(accountId).stream().map(NominationService::held).toList();
        boolean perangkat = ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM nom_village_official WHERE koperasi_id = ? AND account_id = ?")
                .setParameter(1, election.koperasiId()).setParameter(2, accountId).getSingleResult()).longValue() > 0;
        @SuppressWarnings("unchecked")
        List<Object> kinRows = em.createNativeQuery("""
                        SELECT CASE WHEN account_low = ? THEN account_high ELSE account_low END FROM nom_kinship
                        WHERE koperasi_id = ? AND (account_low = ? OR account_high = ?)""")
                .setParameter(1, accountId).setParameter(2, election.koperasiId()).setParameter(3, accountId)
                .setParameter(4, accountId).getResultList();
        Set<Long> kin = kinRows.stream().map(o -> ((Number) o).longValue()).collect(Collectors.toSet());

        List<Nomination> accepted = em.createNamedQuery("Nomination.ofElection", Nomination.class)
                .setParameter("election", election.id()).getResultList().stream()
                .filter(n -> n.status() == Nomination.Status.ACCEPTED && !n.id().equals(judged)).toList();
        List<Position> own = accepted.stream().filter(n -> n.accountId() == accountId).map(Nomination::position).toList();
        List<BoardSeat> board = sittingBoard(election.koperasiId());
        Set<Position.Body> sitting = EnumSet.noneOf(Position.Body.class);
        board.stream().filter(s -> s.accountId() == accountId).forEach(s -> sitting.add(s.position().body()));

        Set<Long> otherIds = new HashSet<>();
        accepted.stream().map(Nomination::accountId).forEach(otherIds::add);
        board.stream().filter(s -> s.position().body() != Position.Body.MANAJER).map(BoardSeat::accountId).forEach(otherIds::add);
        otherIds.remove(accountId);
        Map<Long, String> names = names(otherIds);
        Map<Long, String> relatives = new HashMap<>();
        for (CertificateLookup.HeldCertificate c : certificates.heldBy(otherIds)) {
            if (c.relatives() != null) {
                relatives.merge(c.accountId(), c.relatives(), (a, b) -> a + "; " + b);
            }
        }
        List<Person> others = otherIds.stream().sorted()
                .map(id -> new Person(id, names.getOrDefault(id, ""), relatives.get(id))).toList();
        return new CandidateFacts(accountId, account.displayName(), member, account.birthDate(), held, perangkat, kin,
                own, sitting, others);
    }

    private static HeldCertificate held(CertificateLookup.HeldCertificate c) {
        return new HeldCertificate(c.id(), c.number(), c.verificationCode(), c.schemePositions(),
                HeldCertificate.Status.valueOf(c.status()), c.validUntil(), c.declarations(), c.relatives());
    }

    private List<BoardSeat> sittingBoard(long koperasiId) {
        // the latest election whose board is in office today: one row by the koperasi's index, not every election
        // with its seats (this runs on every member home page)
        List<Election> recorded = em.createNamedQuery("Election.sittingOf", Election.class)
                .setParameter("koperasi", koperasiId).setParameter("recorded", Election.Status.RESULT_RECORDED)
                .setParameter("today", today()).setMaxResults(1).getResultList();
        if (recorded.isEmpty()) {
            return List.of();
        }
        Election latest = recorded.getFirst();
        List<Nomination> elected = em.createNamedQuery("Nomination.ofElection", Nomination.class)
                .setParameter("election", latest.id()).getResultList().stream().filter(Nomination::elected).toList();
        Map<Long, String> names = names(elected.stream().map(Nomination::accountId).toList());
        return elected.stream().map(n -> new BoardSeat(n.position(), n.accountId(), names.get(n.accountId()),
                latest.termStart(), latest.termEnd())).toList();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private List<NominationLine> nominationLines(long electionId) {
        List<Nomination> all = em.createNamedQuery("Nomination.ofElection", Nomination.class)
                .setParameter("election", electionId).getResultList();
        Map<Long, String> names = names(all.stream().map(Nomination::accountId).toList());
        return all.stream().map(n -> nominationLine(n, names.get(n.accountId()))).toList();
    }

    private static NominationLine nominationLine(Nomination n, String name) {
        return new NominationLine(n.id(), n.accountId(), name, n.position(), n.status(), n.failures(),
                n.certificateNumber(), n.verificationCode(), n.elected(), n.decidedAt());
    }

    /** Display names of accounts, read in one query (a list of nominees names many people). */
    private Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(String::valueOf).distinct().collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, display_name FROM idn_account WHERE id IN (" + in + ")")
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    private List<Notice> notices(String where, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, message_key, args, created_at FROM nom_notice WHERE " + where
                + " ORDER BY created_at DESC, id DESC LIMIT 20").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Notice(((Number) r[0]).longValue(), (String) r[1],
                List.of(((String) r[2]).split("\u001f")), SqlValues.utcInstant(r[3]))).toList();
    }

    private ElectionLine line(Election e, KoperasiView koperasi) {
        Seats seats = e.seats();
        return new ElectionLine(e.id(), e.koperasiId(), koperasi.name(), e.regionCode(), e.kind(), e.electionDate(),
                e.place(), e.status(), e.termStart(), e.termEnd(),
                seats.positions().stream().map(p -> new SeatLine(p, seats.of(p))).toList());
    }

    private Election find(long electionId) {
        Election e = em.find(Election.class, electionId);
        if (e == null) {
            throw new NotFoundException("nomination.election.notFound");
        }
        return e;
    }

    private KoperasiView koperasi(long koperasiId) {
        return regions.koperasi(KoperasiId.of(koperasiId))
                .orElseThrow(() -> new NotFoundException("nomination.koperasi.notFound"));
    }

    private static void requireSecretariat(Actor actor, KoperasiView koperasi) {
        actor.require(Role.COOP_ADMIN, koperasi.kelurahanCode());
    }

    /** The secretariat, DKUMPP officers of the region and the system admin may read an election. */
    private static void requireReader(Actor actor, KoperasiView koperasi) {
        if (!actor.can(Role.COOP_ADMIN, koperasi.kelurahanCode()) && !actor.can(Role.VERIFIER, koperasi.kelurahanCode())) {
            throw new AccessDeniedException("account " + actor.accountId() + " may not read elections of koperasi " + koperasi.id());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.OFFICE_ZONE);
    }
}
