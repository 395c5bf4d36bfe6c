package id.akademikoperasi.learning.web;

import id.akademikoperasi.assessment.application.AttemptHistory;
import id.akademikoperasi.assessment.application.AttemptHistory.AttemptLine;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.LearningHistory;
import id.akademikoperasi.learning.application.LearningHistory.CourseEntry;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /member/history}: the member's own courses with their lessons and final-exam attempts. Always the logged-in
 * person's: the page takes no id, and both services read by the actor's account. Three queries in all.
 */
@Named
@RequestScoped
public class LearningHistoryView {

    @Inject
    private LearningHistory history;

    @Inject
    private AttemptHistory attempts;

    @Inject
    private CurrentUser currentUser;

    private List<CourseEntry> courses;
    private Map<Long, List<AttemptLine>> attemptsByEnrolment;

    public List<CourseEntry> getCourses() {
        if (courses == null) {
            courses = history.of(currentUser.require(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return courses;
    }

    /** The attempts at the final exam of one of the member's enrolments, oldest first. */
    public List<AttemptLine> attemptsOf(long enrolmentId) {
        if (attemptsByEnrolment == null) {
            attemptsByEnrolment = attempts.of(currentUser.require()).stream()
                    .collect(Collectors.groupingBy(AttemptLine::enrolmentId));
        }
        return attemptsByEnrolment.getOrDefault(enrolmentId, List.of());
    }

    /** Study time as people say it: seconds under a minute, else whole minutes. */
    public String spent(int seconds) {
        return seconds < 60 ? Messages.text("learning.history.seconds", seconds)
                : Messages.text("learning.history.minutes", seconds / 60);
    }
}
