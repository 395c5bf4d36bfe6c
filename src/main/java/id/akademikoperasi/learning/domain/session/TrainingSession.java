package id.akademikoperasi.learning.domain.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A face-to-face session: a sosialisasi, a pelatihan or a practical exam, at a place in a kecamatan or kelurahan,
 * for the members of the invited koperasi, with a capacity. During its time window members check in with the code
 * its secret derives ({@link CheckInCode}).
 *
 * <pre>{@code
 * TrainingSession s = TrainingSession.schedule(SessionKind.PELATIHAN, "Pelatihan RAT", "KOP-04", null, "64.74.01.1004",
 *         "Aula Kelurahan Guntung", start, end, 40, Set.of(guntungKoperasi), secret, trainerId, now);
 * s.isOpenForCheckIn(now);
 * }</pre>
 */
@Entity
@Table(name = "lrn_session")
public class TrainingSession {

    public enum Status { SCHEDULED, CANCELLED }

    /** Members may check in from this long before the start (people come early). */
    public static final java.time.Duration EARLY_CHECK_IN = java.time.Duration.ofMinutes(30);

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_CAPACITY = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "course_code", length = 20)
    private String courseCode;

    @Column(name = "scheme_code", length = 40)
    private String schemeCode;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    /** The place as compared for double bookings: trimmed, single spaces, lower case. */
    @Column(name = "place_key", nullable = false, length = MAX_PLACE)
    private String placeKey;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "check_in_secret", nullable = false, length = 32)
    private byte[] checkInSecret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "lrn_session_koperasi", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "koperasi_id")
    private Set<Long> invitedKoperasi = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    public static TrainingSession schedule(SessionKind kind, String title, String courseCode, String schemeCode,
                                           String regionCode, String place, Instant startsAt, Instant endsAt,
                                           int capacity, Set<Long> invitedKoperasi, byte[] secret, long by, Instant at) {
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE
                || place == null || place.isBlank() || place.strip().length() > MAX_PLACE) {
            throw new IllegalArgumentException("a session needs a title and a place");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a session ends after it starts");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity 1.." + MAX_CAPACITY);
        }
        if (invitedKoperasi == null || invitedKoperasi.isEmpty()) {
            throw new IllegalArgumentException("a session invites at least one koperasi");
        }
        new CheckInCode(secret);   // checks the secret
        TrainingSession s = new TrainingSession();
        s.kind = kind;
        s.title = title.strip();
        s.courseCode = courseCode == null || courseCode.isBlank() ? null : courseCode.strip();
        s.schemeCode = schemeCode == null || schemeCode.isBlank() ? null : schemeCode.strip();
        s.regionCode = Objects.requireNonNull(regionCode, "regionCode");
        s.place = place.strip();
        s.placeKey = placeKey(place);
        s.startsAt = startsAt;
        s.endsAt = endsAt;
        s.capacity = capacity;
        s.checkInSecret = secret.clone();
        s.status = Status.SCHEDULED;
        s.createdBy = by;
        s.createdAt = at;
        s.invitedKoperasi.addAll(invitedKoperasi);
        return s;
    }

    /** How places are compared when looking for double bookings. */
    public static String placeKey(String place) {
        return place.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether this session and another time window overlap (back to back is not an overlap). */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    /** Check-in is open from {@link #EARLY_CHECK_IN} before the start until the end. */
    public boolean isOpenForCheckIn(Instant now) {
        return status == Status.SCHEDULED && !now.isBefore(startsAt.minus(EARLY_CHECK_IN)) && !now.isAfter(endsAt);
    }

    /** Arriving more than 15 minutes after the start counts as late. */
    public AttendanceStatus arrivalStatus(Instant at) {
        return at.isAfter(startsAt.plus(java.time.Duration.ofMinutes(15))) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }

    public boolean invites(long koperasiId) {
        return invitedKoperasi.contains(koperasiId);
    }

    public boolean hasEnded(Instant now) {
        return now.isAfter(endsAt);
    }

    public CheckInCode checkInCode() {
        return new CheckInCode(checkInSecret);
    }

    public void cancel() {
        status = Status.CANCELLED;
    }

    public long id() { return id; }
    public SessionKind kind() { return kind; }
    public String title() { return title; }
    public String courseCode() { return courseCode; }
    public String schemeCode() { return schemeCode; }
    public String regionCode() { return regionCode; }
    public String place() { return place; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public Status status() { return status; }
    public long createdBy() { return createdBy; }
    public Set<Long> invitedKoperasi() { return Set.copyOf(invitedKoperasi); }
}
