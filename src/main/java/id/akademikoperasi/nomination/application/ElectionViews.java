package id.akademikoperasi.nomination.application;

import id.akademikoperasi.nomination.domain.Election;
import id.akademikoperasi.nomination.domain.ElectionKind;
import id.akademikoperasi.nomination.domain.Failure;
import id.akademikoperasi.nomination.domain.Kinship;
import id.akademikoperasi.nomination.domain.Nomination;
import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.nomination.domain.VillageOfficial;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the nomination pages and the candidate-list PDF show: plain, serialisable snapshots. */
public final class ElectionViews {

    public record ElectionLine(long id, long koperasiId, String koperasiName, String regionCode, ElectionKind kind,
                               LocalDate date, String place, Election.Status status, LocalDate termStart,
                               LocalDate termEnd, List<SeatLine> seats) implements Serializable {
        public boolean open() {
            return status == Election.Status.OPEN;
        }
    }

    public record SeatLine(Position position, int seats) implements Serializable {
    }

    public record NominationLine(long id, long accountId, String name, Position position, Nomination.Status status,
                                 List<Failure> failures, String certificateNumber, String verificationCode,
                                 boolean elected, Instant decidedAt) implements Serializable {
        public boolean accepted() {
            return status == Nomination.Status.ACCEPTED;
        }
    }

    public record ElectionDetails(ElectionLine election, List<NominationLine> nominations) implements Serializable {
    }

    /** The eligible candidates of one position, for the Daftar Calon Memenuhi Syarat. */
    public record PositionCandidates(Position position, int seats, List<NominationLine> candidates) implements Serializable {
    }

    public record CandidateList(ElectionLine election, List<PositionCandidates> positions, Instant drawnUpAt)
            implements Serializable {
    }

    public record BoardSeat(Position position, long accountId, String name, LocalDate termStart, LocalDate termEnd)
            implements Serializable {
    }

    public record Notice(long id, String messageKey, List<String> args, Instant at) implements Serializable {
    }

    /** A member the secretariat may pick as a candidate. */
    public record MemberOption(long accountId, String name) implements Serializable {
    }

    /** A recorded first-degree relation between two members, for the secretariat's relations page. */
    public record KinshipLine(long accountA, String nameA, long accountB, String nameB, Kinship.Relation relation,
                              Instant recordedAt) implements Serializable {
    }

    /** A member recorded as part of the village leadership. */
    public record VillageOfficialLine(long accountId, String name, VillageOfficial.Office office, Instant recordedAt)
            implements Serializable {
    }

    private ElectionViews() {
    }
}
