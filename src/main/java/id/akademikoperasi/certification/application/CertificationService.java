package id.akademikoperasi.certification.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.certification.domain.Eligibility;
import id.akademikoperasi.certification.domain.Eligibility.AttendanceEvidence;
import id.akademikoperasi.certification.domain.Eligibility.Checklist;
import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.learning.application.CourseProgress;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.domain.session.AttendanceRate;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Certification of board candidates. So far: the schemes (data, loaded by migration) and each member's live
 * checklist per scheme from their own record — courses completed, final-exam scores, attendance at the scheme's
 * face-to-face sessions. Applying, DKUMPP's decision and certificates come next.
 *
 * <pre>{@code
 * List<SchemeChecklist> mine = certification.checklists(member, locale);
 * mine.getFirst().checklist().readyToApply();
 * }</pre>
 */
@ApplicationScoped
public class CertificationService {

    /** A scheme with the member's checklist for it; {@code courseTitles} names the courses in the reader's language. */
    public record SchemeChecklist(String code, String name, List<String> positions, int validityMonths,
                                  Checklist checklist, Map<String, String> courseTitles) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LearningService learning;

    @Inject
    private TrainingSessions sessions;

    @Inject
    private CatalogService catalog;

    /** The active schemes, by code. */
    public List<Scheme> schemes() {
        return em.createQuery("SELECT s FROM Scheme s WHERE s.active = TRUE ORDER BY s.code", Scheme.class).getResultList();
    }

    /** The member's checklist for every active scheme, from their own record only. */
    public List<SchemeChecklist> checklists(Actor member, Locale locale) {
        member.require(Role.MEMBER);
        Map<String, CourseEvidence> courses = new HashMap<>();
        for (CourseProgress p : learning.myCourses(member, locale)) {
            courses.put(p.code(), new CourseEvidence(p.completedAt(), p.examBestPercent(), p.examRequired()));
        }
        Map<String, String> titles = catalog.search(null, null, locale).stream()
                .collect(Collectors.toMap(CourseCard::code, CourseCard::title, (a, b) -> a));
        return schemes().stream().map(s -> {
            Checklist checklist = Eligibility.check(s.requirements(), courses, attendance(member, s));
            Map<String, String> named = new HashMap<>();
            s.courses().forEach(c -> named.put(c, titles.getOrDefault(c, c)));
            return new SchemeChecklist(s.code(), s.name(locale), s.positions(), s.validityMonths(), checklist, named);
        }).toList();
    }

    private AttendanceEvidence attendance(Actor member, Scheme scheme) {
        if (scheme.minAttendancePercent() == null) {
            return null;
        }
        AttendanceRate rate = sessions.rate(member.accountId(), null, scheme.code());
        return new AttendanceEvidence(rate.attended(), rate.counted());
    }
}
