package id.akademikoperasi.assessment.web;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptReview;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.assessment.application.ExamViews.QuestionView;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.web.Messages;
import id.akademikoperasi.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /learn/attempt?id=…}: taking the exam on a phone. The page is stateless: it shows the attempt with what was
 * saved, and its script ({@code attempt.js}) sends each answer the moment it is given to {@code AttemptResource}, so
 * a save never restores a view. Reloading, losing the connection or opening it on another phone shows the same
 * attempt with what was saved; when the time is up the page reloads and the server has submitted it.
 */
@Named
@RequestScoped
public class AttemptPageView {

    @Inject
    private ExamService exams;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CatalogService catalog;

    private Long id;
    private AttemptView attempt;
    private AttemptReview review;

    /** Per question (slot): the saved answer as its input shows it. */
    private final Map<Integer, String> single = new HashMap<>();
    private final Map<Integer, String[]> many = new HashMap<>();
    private final Map<Integer, String> text = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> matches = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            attempt = id == null ? null : exams.attempt(currentUser.require(), id, faces.getViewRoot().getLocale());
        } catch (NotFoundException e) {
            attempt = null;
        }
        if (attempt == null) {
            faces.getExternalContext().responseSendError(404, "attempt");
            faces.responseComplete();
            return;
        }
        if (attempt.isSubmitted()) {
            review = exams.review(currentUser.require(), id, faces.getViewRoot().getLocale());
            return;
        }
        for (QuestionView q : attempt.questions()) {
            matches.put(q.slot(), new HashMap<>());
            if (q.saved() != null) {
                fill(q, Response.fromStorage(q.saved()));
            }
        }
    }

    private void fill(QuestionView q, Response saved) {
        switch (saved) {
            case Response.Choices c when q.type().name().equals("MULTIPLE_CHOICE") ->
                    many.put(q.slot(), c.chosen().stream().map(String::valueOf).toArray(String[]::new));
            case Response.Choices c -> single.put(q.slot(), c.chosen().stream().findFirst().map(String::valueOf).orElse(null));
            case Response.Bool b -> single.put(q.slot(), String.valueOf(b.value()));
            case Response.Text t -> text.put(q.slot(), t.text());
            case Response.Number n -> text.put(q.slot(), n.typed());
            case Response.Matches m -> matches.put(q.slot(), new HashMap<>(m.rightForLeft()));
        }
    }

    public boolean isSaved(int slot) {
        return attempt.questions().get(slot - 1).saved() != null;
    }

    public long getDeadlineMillis() {
        return attempt.deadlineAt().toEpochMilli();
    }

    /** Whether question {@code slot} was fully right, partly right or wrong (only after submission). */
    public String outcome(int slot) {
        BigDecimal fraction = attempt.questions().get(slot - 1).fraction();
        if (!attempt.isSubmitted()) {
            return "";
        }
        if (fraction == null || fraction.signum() == 0) {
            return "WRONG";
        }
        return fraction.compareTo(BigDecimal.ONE) >= 0 ? "RIGHT" : "PARTLY";
    }

    /** Why the answers are not shown (the exam's review policy), for the note under the score. */
    public String getReviewPolicy() {
        return review == null ? "" : review.reviewPolicy();
    }

    /** "Kuis: <lesson title>" for a lesson's quiz. */
    public String getQuizTitle() {
        return Messages.text("assessment.quiz.title", attempt.examTitle());
    }

    /** After a passed lesson quiz the member goes on to the next lesson; otherwise back to the quiz's lesson. */
    public int getNextLessonNo() {
        return attempt.passed() && attempt.lessonNo() < lessonsTotal() ? attempt.lessonNo() + 1 : attempt.lessonNo();
    }

    private int lessonsTotal() {
        return catalog.latestPublished(attempt.courseCode()).map(c -> c.lessons()).orElse(attempt.lessonNo());
    }

    public AttemptView getAttempt() { return attempt; }
    public AttemptReview getReview() { return review; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Map<Integer, String> getSingle() { return single; }
    public Map<Integer, String[]> getMany() { return many; }
    public Map<Integer, String> getText() { return text; }
    public Map<Integer, Map<Integer, String>> getMatches() { return matches; }
}
