package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.nomination.domain.CandidateFacts.HeldCertificate;
import id.akademikoperasi.nomination.domain.CandidateFacts.Person;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may be nominated for a seat, judged for the election date. Every rule is evaluated, so a refusal lists all
 * that fail, not just the first; the order of the failures is that of {@link Rule}.
 *
 * <pre>{@code
 * Verdict v = NominationRules.check(facts, election.date(), Position.KETUA, ClockProducer.OFFICE_ZONE);
 * if (v.eligible()) { ... v.certificate().number() ... } else { v.failures() ... }
 * }</pre>
 *
 * Kinship is "declared" when the relatives a person named in their certification application contain the full
 * name of the other person (either way round: the candidate named them, or they named the candidate), and
 * "recorded" when the COOP_ADMIN linked the two accounts. Names are matched whole, ignoring case and spacing; the
 * record is the precise tool, the declaration the safety net.
 */
public final class NominationRules {

    public static final int MIN_AGE = 17;

    /** The outcome: eligible when there are no failures; the certificate the seat rests on when one qualifies. */
    public record Verdict(List<Failure> failures, HeldCertificate certificate) {
        public Verdict {
            failures = List.copyOf(failures);
        }

        public boolean eligible() {
            return failures.isEmpty();
        }
    }

    public static Verdict check(CandidateFacts facts, LocalDate electionDate, Position position, ZoneId zone) {
        List<Failure> failures = new ArrayList<>();
        if (!facts.member()) {
            failures.add(Failure.of(Rule.MEMBER));
        }
        if (facts.birthDate() == null || Period.between(facts.birthDate(), electionDate).getYears() < MIN_AGE) {
            failures.add(Failure.of(Rule.AGE));
        }

        List<HeldCertificate> qualifying = facts.certificates().stream()
                .filter(c -> c.schemePositions().contains(position.schemePosition())).toList();
        Optional<HeldCertificate> good = qualifying.stream()
                .filter(c -> c.status() == HeldCertificate.Status.VALID && !endsBefore(c, electionDate, zone))
                .max(Comparator.comparing(HeldCertificate::validUntil));
        if (good.isEmpty()) {
            Optional<HeldCertificate> latest = qualifying.stream().max(Comparator.comparing(HeldCertificate::validUntil));
            if (latest.isEmpty()) {
                failures.add(Failure.of(Rule.CERTIFICATE_MISSING));
            } else if (latest.get().status() == HeldCertificate.Status.REVOKED) {
                failures.add(Failure.of(Rule.CERTIFICATE_REVOKED, latest.get().number()));
            } else {
                failures.add(Failure.of(Rule.CERTIFICATE_EXPIRES, latest.get().number(),
                        latest.get().validUntil().atZone(zone).toLocalDate().toString()));
            }
        }

        for (Person other : facts.others()) {
            if (other.accountId() != facts.accountId() && related(facts, other)) {
                failures.add(Failure.of(Rule.KINSHIP, other.name()));
            }
        }

        if (position.body() == Position.Body.PENGURUS) {
            if (facts.recordedPerangkat()) {
                failures.add(Failure.of(Rule.PERANGKAT));
            }
            if (facts.certificates().stream().noneMatch(c -> c.declarations().contains("NOT_PERANGKAT"))) {
                failures.add(Failure.of(Rule.PERANGKAT_UNDECLARED));
            }
        }

        for (Position other : facts.nominations()) {
            failures.add(Failure.of(Rule.OTHER_NOMINATION, other.name()));
        }

        Position.Body opposite = switch (position.body()) {
            case PENGURUS -> Position.Body.PENGAWAS;
            case PENGAWAS -> Position.Body.PENGURUS;
            case MANAJER -> null;
        };
        if (opposite != null && (facts.sittingOn().contains(opposite)
                || facts.nominations().stream().anyMatch(p -> p.body() == opposite))) {
            failures.add(Failure.of(Rule.BOTH_BOARDS, opposite.name()));
        }
        return new Verdict(failures, good.orElse(null));
    }

    /** Valid through the election day: a certificate that ends the day before (or earlier) does not count. */
    private static boolean endsBefore(HeldCertificate c, LocalDate electionDate, ZoneId zone) {
        return c.validUntil().atZone(zone).toLocalDate().isBefore(electionDate);
    }

    private static boolean related(CandidateFacts facts, Person other) {
        if (facts.recordedKin().contains(other.accountId())) {
            return true;
        }
        String otherName = normal(other.name());
        boolean named = facts.certificates().stream()
                .anyMatch(c -> !otherName.isEmpty() && names(c.relatives(), otherName));
        return named || (!normal(facts.name()).isEmpty() && names(other.relatives(), normal(facts.name())));
    }

    /** Whether the free text names the person: their whole name, bounded by non-letters. */
    static boolean names(String relatives, String name) {
        return (" " + normal(relatives) + " ").contains(" " + normal(name) + " ");
    }

    /** Lower case, punctuation as space, single spaces: "Siti  Aminah," and "siti aminah" are the same name. */
    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private NominationRules() {
    }
}
