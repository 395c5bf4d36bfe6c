package id.akademikoperasi.catalog.web;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptSummary;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.LessonPage;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.shared.domain.InvalidInputException;
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
 * {@code /learn/lesson?kode=KOP-01&no=2}: one lesson, with its materials and previous / next. A member enrolled in
 * the course reads the version they took and their visit is recorded; they can mark the lesson done here.
 */
@Named
@RequestScoped
public class LessonView {

    @Inject
    private CatalogService catalog;

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExamService exams;

    private String kode;
    private Integer no;
    private LessonPage page;
    private LessonStatus status;
    private boolean enrolled;
    private List<AttemptSummary> quizAttempts;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        Actor actor = currentUser.require();
        if (no != null) {
            Optional<Enrolment> enrolment = learning.visit(actor, kode, no);
            enrolled = enrolment.isPresent();
            page = enrolment.isPresent()
                    ? catalog.lessonOfVersion(actor, kode, enrolment.get().versionId().value(), no, locale).orElse(null)
                    : catalog.lesson(actor, kode, no, locale).orElse(null);
            status = enrolment.filter(e -> no <= e.lessonsTotal()).map(e -> e.statusOf(no)).orElse(null);
        }
        if (page == null) {
            faces.getExternalContext().responseSendError(404, "lesson");
            faces.responseComplete();
        }
    }

    /** "Tandai selesai": then on to the next lesson, or back to the course when this was the last one. */
    public String markDone() {
        Enrolment enrolment;
        try {
            enrolment = learning.markDone(currentUser.require(), kode, no == null ? 0 : no);
        } catch (NotFoundException e) {
            Messages.flashError("learning.enrolment.notFound");
            return courseOutcome();
        } catch (InvalidInputException e) {
            Messages.flashError(e.problems().getFirst().messageKey());
            return "/learn/lesson?faces-redirect=true&kode=" + kode + "&no=" + no;
        }
        if (enrolment.isCompleted()) {
            Messages.flashInfo("learning.course.completed");
            return courseOutcome();
        }
        if (no < enrolment.lessonsTotal()) {
            Messages.flashInfo("learning.lesson.done");
            return "/learn/lesson?faces-redirect=true&kode=" + kode + "&no=" + (no + 1);
        }
        Messages.flashInfo(enrolment.lessonsDone() == enrolment.lessonsTotal() && enrolment.examRequired()
                ? "learning.lessons.allDoneExamLeft" : "learning.lesson.lastButSomeOpen");
        return courseOutcome();
    }

    /** "Mulai kuis": starts (or resumes) the lesson's quiz; passing it completes the lesson. */
    public String startQuiz() {
        try {
            AttemptView attempt = exams.start(currentUser.require(), kode, no == null ? 0 : no,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return "/learn/attempt?faces-redirect=true&id=" + attempt.id();
        } catch (NotFoundException e) {
            Messages.flashError(e.messageKey());
        } catch (InvalidInputException e) {
            Messages.flashError(e.problems().getFirst().messageKey(), e.problems().getFirst().arguments().toArray());
        }
        return "/learn/lesson?faces-redirect=true&kode=" + kode + "&no=" + (no == null ? 1 : no);
    }

    /** The member's tries at this lesson's quiz, newest first (empty when it has none or they are not enrolled). */
    public List<AttemptSummary> getQuizAttempts() {
        if (quizAttempts == null) {
            quizAttempts = enrolled && page != null && page.hasQuiz()
                    ? exams.attempts(currentUser.require(), kode, no) : List.of();
        }
        return quizAttempts;
    }

    public boolean isQuizOpen() {
        return getQuizAttempts().stream().anyMatch(a -> a.submittedAt() == null);
    }

    /** "Ikuti kursus" from a lesson: enrols and stays on this lesson, now recorded. */
    public String enrol() {
        learning.enrol(currentUser.require(), kode);
        Messages.flashInfo("learning.enrolled");
        return "/learn/lesson?faces-redirect=true&kode=" + kode + "&no=" + (no == null ? 1 : no);
    }

    private String courseOutcome() {
        return "/course?faces-redirect=true&kode=" + kode;
    }

    public boolean isMayEnrol() {
        return !enrolled && currentUser.actor().map(a -> a.has(Role.MEMBER)).orElse(false);
    }

    public LessonPage getPage() { return page; }
    public LessonStatus getStatus() { return status; }
    public boolean isEnrolled() { return enrolled; }
    public boolean isDone() { return status == LessonStatus.COMPLETED; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public Integer getNo() { return no; }
    public void setNo(Integer no) { this.no = no; }
}
