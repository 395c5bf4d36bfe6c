package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A board election of one koperasi at a meeting (Musyawarah Kelurahan Khusus or RAT): its date and place, the seats
 * it fills, and once the meeting has been held, the term of those elected. Nominations refer to it by id.
 */
@Entity
@Table(name = "nom_election")
@NamedQueries({
        @NamedQuery(name = "Election.ofKoperasi",
                query = "SELECT e FROM Election e WHERE e.koperasiId = :koperasi ORDER BY e.electionDate DESC, e.id DESC"),
        @NamedQuery(name = "Election.openOf",
                query = "SELECT e FROM Election e WHERE e.koperasiId = :koperasi "
                        + "AND e.status = :open ORDER BY e.electionDate, e.id"),
        @NamedQuery(name = "Election.sittingOf",
                query = "SELECT e FROM Election e WHERE e.koperasiId = :koperasi "
                        + "AND e.status = :recorded "
                        + "AND e.termStart <= :today AND e.termEnd >= :today ORDER BY e.electionDate DESC, e.id DESC")
})
public class Election {

    public enum Status { OPEN, RESULT_RECORDED }

    public static final int MAX_PLACE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "koperasi_id", nullable = false)
    private long koperasiId;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ElectionKind kind;

    @Column(name = "election_date", nullable = false)
    private LocalDate electionDate;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nom_election_seat", joinColumns = @JoinColumn(name = "election_id"))
    @MapKeyColumn(name = "position", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "seats", nullable = false)
    private Map<Position, Integer> seats = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "result_by")
    private Long resultBy;

    @Column(name = "result_at")
    private Instant resultAt;

    protected Election() {
    }

    public static Election plan(long koperasiId, String regionCode, ElectionKind kind, LocalDate date, String place,
                                Seats seats, long by, Instant at, LocalDate today) {
        if (kind == null) {
            throw new RuleRefusal("kindMissing");
        }
        if (date == null) {
            throw new RuleRefusal("dateMissing");
        }
        if (date.isBefore(today)) {
            throw new RuleRefusal("dateInPast");
        }
        String p = place == null ? "" : place.strip();
        if (p.isEmpty() || p.length() > MAX_PLACE) {
            throw new RuleRefusal("place");
        }
        Election e = new Election();
        e.koperasiId = koperasiId;
        e.regionCode = regionCode;
        e.kind = kind;
        e.electionDate = date;
        e.place = p;
        e.seats = new HashMap<>(seats.asMap());
        e.status = Status.OPEN;
        e.createdBy = by;
        e.createdAt = at;
        return e;
    }

    /** Nominations are taken until the day of the meeting, as long as no result is recorded. */
    public boolean takesNominations(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(electionDate);
    }

    /** After the meeting, once: the elected are recorded with their term. */
    public void recordResult(Term term, long by, Instant at, LocalDate today) {
        if (status != Status.OPEN) {
            throw new RuleRefusal("resultAlreadyRecorded");
        }
        if (today.isBefore(electionDate)) {
            throw new RuleRefusal("resultBeforeMeeting");
        }
        if (term.start().isBefore(electionDate)) {
            throw new RuleRefusal("termBeforeMeeting");
        }
        this.status = Status.RESULT_RECORDED;
        this.termStart = term.start();
        this.termEnd = term.end();
        this.resultBy = by;
        this.resultAt = at;
    }

    public Long id() { return id; }
    public long koperasiId() { return koperasiId; }
    public String regionCode() { return regionCode; }
    public ElectionKind kind() { return kind; }
    public LocalDate electionDate() { return electionDate; }
    public String place() { return place; }
    public Seats seats() { return Seats.from(new EnumMap<>(seats)); }
    public Status status() { return status; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public LocalDate termStart() { return termStart; }
    public LocalDate termEnd() { return termEnd; }
}
