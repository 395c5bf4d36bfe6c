package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.domain.Course;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.Lesson;
import id.akademikoperasi.catalog.infrastructure.markdown.MarkdownRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The one way a draft becomes published, for imports and for trainers alike: the next number, the previous
 * latest version superseded (it stays readable), the search text built from titles and lesson text.
 */
@ApplicationScoped
public class VersionPublisher {

    @Inject
    private MarkdownRenderer renderer;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(Course course, CourseVersion draft, Long byAccountId, String contentHash) {
        Integer max = em.createNamedQuery("CourseVersion.maxNumber", Integer.class)
                .setParameter("course", course.id().value()).getSingleResult();
        int number = max == null ? 1 : max + 1;
        em.createNamedQuery("CourseVersion.latestPublished", CourseVersion.class)
                .setParameter("course", course.id().value()).getResultList().forEach(CourseVersion::supersede);
        em.flush();
        draft.publish(number, byAccountId, clock.instant(), contentHash, searchText(course, draft));
        return number;
    }

    private String searchText(Course course, CourseVersion version) {
        StringBuilder text = new StringBuilder()
                .append(version.title().id()).append(' ').append(version.title().en()).append(' ')
                .append(version.summary().id()).append(' ').append(version.summary().en()).append(' ').append(course.code());
        for (Lesson lesson : version.lessons()) {
            text.append(' ').append(lesson.title().id()).append(' ').append(renderer.toPlainText(lesson.markdown()));
        }
        return text.toString();
    }
}
