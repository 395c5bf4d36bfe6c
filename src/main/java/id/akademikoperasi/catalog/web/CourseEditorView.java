package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.AuthoringViews.DraftView;
import id.akademikoperasi.catalog.application.CourseAuthoring;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.Level;
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
import java.util.Map;

/** {@code /trainer/course?kode=…}: describe the course, add modules and lessons, reorder, publish. */
@Named
@ViewScoped
public class CourseEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("titleId", "course:titleId", "titleEn", "course:titleEn",
            "summaryId", "course:summaryId", "estimatedMinutes", "course:minutes");

    @Inject
    private CourseAuthoring authoring;

    @Inject
    private CurrentUser currentUser;

    private String kode;
    private DraftView draft;
    private String titleId;
    private String titleEn;
    private String summaryId;
    private String summaryEn;
    private Category category;
    private Level level;
    private int minutes;
    private String newModule;
    private int lessonModule;
    private String newLesson;
    private String trainerLogin;

    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "course");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        titleId = draft.titleId();
        titleEn = draft.titleEn();
        summaryId = draft.summaryId();
        summaryEn = draft.summaryEn();
        category = Category.valueOf(draft.category());
        level = Level.valueOf(draft.level());
        minutes = draft.estimatedMinutes();
    }

    private void refresh() {
        draft = authoring.draft(currentUser.require(), kode);
    }

    public void save() {
        try {
            authoring.describe(currentUser.require(), kode, titleId, titleEn, summaryId, summaryEn, category, level, minutes);
            refresh();
            Messages.info("catalog.authoring.saved");
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
        }
    }

    public void addModule() {
        try {
            authoring.addModule(currentUser.require(), kode, newModule);
            newModule = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("moduleTitle", "structure:newModule"));
        }
    }

    public void addLesson() {
        try {
            authoring.addLesson(currentUser.require(), kode, lessonModule, newLesson);
            newLesson = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("lessonTitle", "structure:newLesson"));
        }
    }

    public void move(int index, int direction) {
        authoring.moveLesson(currentUser.require(), kode, index, direction);
        refresh();
    }

    public void moveModule(int moduleIndex, int direction) {
        authoring.moveModule(currentUser.require(), kode, moduleIndex, direction);
        refresh();
    }

    public void giveTo() {
        try {
            authoring.giveTo(currentUser.require(), kode, trainerLogin);
            trainerLogin = null;
            Messages.info("catalog.authoring.given");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("trainer", "share:trainer"));
        } catch (id.akademikoperasi.shared.domain.AccessDeniedException e) {
            Messages.error("catalog.authoring.onlyOwnerGives");
        }
    }

    public java.util.List<String> getEditors() {
        return authoring.editorsOf(currentUser.require(), kode);
    }

    public String getTrainerLogin() { return trainerLogin; }
    public void setTrainerLogin(String trainerLogin) { this.trainerLogin = trainerLogin; }

    public void publish() {
        try {
            int number = authoring.publish(currentUser.require(), kode);
            refresh();
            Messages.info("catalog.authoring.published", number);
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
    }

    public Category[] getCategories() { return Category.values(); }
    public Level[] getLevels() { return Level.values(); }
    public DraftView getDraft() { return draft; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public String getTitleId() { return titleId; }
    public void setTitleId(String titleId) { this.titleId = titleId; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryId() { return summaryId; }
    public void setSummaryId(String summaryId) { this.summaryId = summaryId; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Level getLevel() { return level; }
    public void setLevel(Level level) { this.level = level; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public String getNewModule() { return newModule; }
    public void setNewModule(String newModule) { this.newModule = newModule; }
    public int getLessonModule() { return lessonModule; }
    public void setLessonModule(int lessonModule) { this.lessonModule = lessonModule; }
    public String getNewLesson() { return newLesson; }
    public void setNewLesson(String newLesson) { this.newLesson = newLesson; }
}
