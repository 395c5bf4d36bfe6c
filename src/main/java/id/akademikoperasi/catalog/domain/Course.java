package id.akademikoperasi.catalog.domain;

import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A course: its code, where it came from, and who may edit it. Its content lives in {@link CourseVersion}s. */
@Entity
@Table(name = "cat_course")
@NamedQuery(name = "Course.byCode", query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course {

    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{2,19}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CourseOrigin origin;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "cat_course_editor", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "account_id")
    private Set<Long> editors = new HashSet<>();

    protected Course() {
    }

    public Course(String code, CourseOrigin origin, Long ownerAccountId, Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a course code: " + code);
        }
        this.code = code;
        this.origin = origin;
        this.ownerAccountId = ownerAccountId;
        this.createdAt = at;
    }

    /** The owner, the trainers it was given to, and admins may edit; the shipped curriculum only admins and editors. */
    public boolean mayBeEditedBy(Actor actor) {
        if (actor.has(Role.SYSADMIN)) {
            return true;
        }
        return actor.has(Role.TRAINER)
                && ((ownerAccountId != null && ownerAccountId == actor.accountId()) || editors.contains(actor.accountId()));
    }

    /** Lets another trainer edit this course too. Only its owner or an admin may do so (checked by the caller's service). */
    public void giveTo(long trainerAccountId) {
        if (ownerAccountId != null && ownerAccountId == trainerAccountId) {
            return;
        }
        editors.add(trainerAccountId);
    }

    public boolean isOwnedBy(long accountId) {
        return ownerAccountId != null && ownerAccountId == accountId;
    }

    public CourseId id() {
        return new CourseId(id);
    }

    public String code() {
        return code;
    }

    public CourseOrigin origin() {
        return origin;
    }

    public Long ownerAccountId() {
        return ownerAccountId;
    }

    public Set<Long> editors() {
        return Set.copyOf(editors);
    }
}
