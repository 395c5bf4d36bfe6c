package id.akademikoperasi.assessment.web;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptSummary;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseOutline;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code /learn/exam?kode=KOP-01}: the final exam's rules, the member's attempts, and the button to start. */
@Named
@RequestScoped
public class ExamView {

    @Inject
    private ExamService exams;

    @Inject
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private String kode;
    private CourseOutline outline;
    private List<AttemptSummary> attempts = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        outline = catalog.outline(kode, faces.getViewRoot().getLocale()).orElse(null);
        if (outline == null || outline.exam() == null) {
            faces.getExternalContext().responseSendError(404, "exam");
            faces.responseComplete();
            return;
        }
        attempts = exams.attempts(currentUser.require(), kode);
    }

    /** Starts an attempt, or goes back to the one still open. */
    public String start() {
        try {
            AttemptView attempt = exams.start(currentUser.require(), kode,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return "/learn/attempt?faces-redirect=true&id=" + attempt.id();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    public boolean isHasOpenAttempt() {
        return attempts.stream().anyMatch(a -> a.submittedAt() == null);
    }

    public CourseOutline getOutline() { return outline; }
    public List<AttemptSummary> getAttempts() { return attempts; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
}
