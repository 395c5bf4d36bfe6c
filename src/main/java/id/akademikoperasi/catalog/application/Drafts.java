package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.domain.Course;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.VersionStatus;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The one way the authoring services reach a course's draft, so that every edit — lessons, banks, the final
 * exam — is allowed to the same people: the owner, the trainers given the course, and admins. Runs inside the
 * caller's transaction.
 */
@Dependent
class Drafts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The course's one draft, created from the latest published version on first edit. The course row is locked,
     * so two editors saving at once edit one draft one after the other.
     */
    CourseVersion editable(Actor actor, String code) {
        Course course = course(code);
        requireEditor(actor, course);
        em.lock(course, LockModeType.PESSIMISTIC_WRITE);
        return draftOf(course).orElseGet(() -> {
            CourseVersion published = latest(course).orElseThrow(() -> new NotFoundException("catalog.course.notFound"));
            CourseVersion draft = CourseVersion.draftFrom(published, clock.instant());
            em.persist(draft);
            em.flush();
            return draft;
        });
    }

    Course course(String code) {
        return em.createNamedQuery("Course.byCode", Course.class).setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("catalog.course.notFound"));
    }

    Optional<CourseVersion> latest(Course course) {
        return em.createNamedQuery("CourseVersion.latestPublished", CourseVersion.class)
                .setParameter("course", course.id().value()).getResultStream().findFirst();
    }

    Optional<CourseVersion> draftOf(Course course) {
        return em.createNamedQuery("CourseVersion.draftOf", CourseVersion.class)
                .setParameter("course", course.id().value()).setParameter("status", VersionStatus.DRAFT)
                .getResultStream().findFirst();
    }

    static void requireEditor(Actor actor, Course course) {
        if (!course.mayBeEditedBy(actor)) {
            throw new AccessDeniedException("account " + actor.accountId() + " may not edit " + course.code());
        }
    }
}
