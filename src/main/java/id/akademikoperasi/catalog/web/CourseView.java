package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseOutline;
import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.CourseProgress;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /course?kode=KOP-01}: the modules and lessons of a course, and what it leads to; for an enrolled member
 * also their progress and where to continue, otherwise the button to enrol.
 */
@Named
@RequestScoped
public class CourseView {

    @Inject
    private CatalogService catalog;

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CertificationService certification;

    private String kode;
    private CourseOutline outline;
    private CourseProgress progress;
    private List<LessonStatus> statuses = List.of();
    private List<String> schemes = List.of();

    public void load() throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        outline = catalog.outline(kode, locale).orElse(null);
        if (outline == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "course");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        schemes = certification.schemesRequiring(kode, locale);
        Optional<Actor> actor = currentUser.actor();
        if (actor.isPresent()) {
            progress = learning.myCourses(actor.get(), locale).stream().filter(p -> p.code().equals(kode)).findFirst().orElse(null);
            statuses = progress == null ? List.of() : learning.lessonStatuses(actor.get(), kode);
        }
    }

    /** "Ikuti kursus": a visitor is sent to log in first. */
    public String enrol() {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return "/login?faces-redirect=true";
        }
        try {
            learning.enrol(actor.get(), kode);
        } catch (NotFoundException e) {
            Messages.error("learning.course.notFound");
            return null;
        }
        Messages.flashInfo("learning.enrolled");
        return "/learn/lesson?faces-redirect=true&kode=" + kode + "&no=1";
    }

    /** The status of a lesson (1-based) for the enrolled member; NOT_STARTED otherwise. */
    public String statusOf(int lessonNo) {
        return lessonNo >= 1 && lessonNo <= statuses.size() ? statuses.get(lessonNo - 1).name() : LessonStatus.NOT_STARTED.name();
    }

    public boolean isMayEnrol() {
        return progress == null && currentUser.actor().map(a -> a.has(Role.MEMBER)).orElse(true);
    }

    public CourseOutline getOutline() { return outline; }
    /** The active certification schemes that require this course, by name. */
    public List<String> getSchemes() { return schemes; }
    public CourseProgress getProgress() { return progress; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
}
