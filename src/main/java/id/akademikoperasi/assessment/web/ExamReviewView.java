package id.akademikoperasi.assessment.web;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptReview;
import id.akademikoperasi.assessment.domain.exam.Regrade;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /trainer/exam-review?attempt=…} (or {@code ?enrolment=…} for the newest attempt, as the grid links): a
 * learner's submitted attempt with every answer, the right answers and feedback, and the trainer's corrections. A
 * correction needs the question's new mark and a reason; both are kept with the old values, who and when.
 */
@Named
@ViewScoped
public class ExamReviewView implements Serializable {

    @Inject
    private transient ExamService exams;

    @Inject
    private transient CurrentUser currentUser;

    private Long attempt;
    private Long enrolment;
    private AttemptReview review;

    /** The correction being entered, per question. */
    private final Map<Integer, Integer> percent = new HashMap<>();
    private final Map<Integer, String> reason = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            review = attempt != null ? exams.review(currentUser.require(), attempt, locale())
                    : enrolment != null ? exams.reviewOfEnrolment(currentUser.require(), enrolment, locale()) : null;
        } catch (NotFoundException e) {
            review = null;
        }
        if (review == null) {
            faces.getExternalContext().responseSendError(404, "attempt");
            faces.responseComplete();
            return;
        }
        attempt = review.attempt().id();
        review.questions().forEach(q -> percent.put(q.slot(), q.percent().intValue()));
    }

    public void regrade(int slot) {
        try {
            Regrade done = exams.regrade(currentUser.require(), attempt, slot, percent.get(slot), reason.get(slot));
            String key = done.oldPassed() == done.newPassed() ? "assessment.regrade.done"
                    : done.newPassed() ? "assessment.regrade.donePassed" : "assessment.regrade.doneFailed";
            Messages.info(key, slot, done.newPercent().toPlainString());
            reason.remove(slot);
            review = exams.review(currentUser.require(), attempt, locale());
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("percent", "review:questions:" + (slot - 1) + ":percent",
                    "reason", "review:questions:" + (slot - 1) + ":reason"));
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public AttemptReview getReview() { return review; }
    public Long getAttempt() { return attempt; }
    public void setAttempt(Long attempt) { this.attempt = attempt; }
    public Long getEnrolment() { return enrolment; }
    public void setEnrolment(Long enrolment) { this.enrolment = enrolment; }
    public Map<Integer, Integer> getPercent() { return percent; }
    public Map<Integer, String> getReason() { return reason; }
}
