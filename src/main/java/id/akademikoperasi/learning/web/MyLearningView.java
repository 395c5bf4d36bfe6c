package id.akademikoperasi.learning.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.CourseProgress;
import id.akademikoperasi.learning.application.LearningService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The member's courses on their home page: "continue where I left off", progress bars and the history. */
@Named
@RequestScoped
public class MyLearningView {

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    private List<CourseProgress> courses;

    public List<CourseProgress> getCourses() {
        if (courses == null) {
            courses = learning.myCourses(currentUser.require(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return courses;
    }

    /** The course studied most recently that is not completed yet, or {@code null}. */
    public CourseProgress getResume() {
        return getCourses().stream().filter(c -> !c.isCompleted()).findFirst().orElse(null);
    }
}
