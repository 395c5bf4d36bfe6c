package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.AuthoringViews.CourseRow;
import id.akademikoperasi.catalog.application.CourseAuthoring;
import id.akademikoperasi.catalog.application.CourseImport;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageException;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageProblem;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The trainer's home: the courses they may edit, a new course, and uploading a course package (zip). */
@Named
@ViewScoped
public class TrainerHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("code", "newCourse:code", "title", "newCourse:title",
            "summary", "newCourse:summary", "category", "newCourse:category", "level", "newCourse:level");

    @Inject
    private CourseAuthoring authoring;

    @Inject
    private CurrentUser currentUser;

    private List<CourseRow> courses;
    private String code;
    private String title;
    private String summary;
    private Category category = Category.TATA_KELOLA;
    private Level level = Level.DASAR;

    public List<CourseRow> getCourses() {
        if (courses == null) {
            courses = authoring.coursesOf(currentUser.require());
        }
        return courses;
    }

    public void create() throws IOException {
        try {
            authoring.create(currentUser.require(), code, title, summary, category, level);
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
            return;
        }
        Messages.flashInfo("catalog.authoring.created");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/trainer/course?kode=" + code.strip().toUpperCase());
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            CourseImport.Outcome outcome = authoring.upload(currentUser.require(), in);
            courses = null;
            Messages.info("catalog.authoring.uploaded", outcome.code());
        } catch (CoursePackageException e) {
            for (PackageProblem p : e.problems()) {
                String text = Messages.text(p.messageKey(), p.arguments().toArray());
                String where = p.location().isEmpty() ? "" : p.location() + " — ";
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, where + text, where + text));
            }
        } catch (AccessDeniedException e) {
            Messages.error("catalog.authoring.notYours");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        } catch (IOException e) {
            Messages.error("catalog.authoring.uploadFailed");
        }
    }

    public Category[] getCategories() { return Category.values(); }
    public Level[] getLevels() { return Level.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Level getLevel() { return level; }
    public void setLevel(Level level) { this.level = level; }
}
