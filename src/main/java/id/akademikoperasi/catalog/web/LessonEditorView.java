package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.AuthoringViews.LessonDraft;
import id.akademikoperasi.catalog.application.BankViews.BankRow;
import id.akademikoperasi.catalog.application.BankViews.CategoryOption;
import id.akademikoperasi.catalog.application.QuestionBankAuthoring;
import id.akademikoperasi.catalog.application.CourseAuthoring;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
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

/** {@code /trainer/lesson?kode=…&no=…}: Markdown with a live preview, and the lesson's materials. */
@Named
@ViewScoped
public class LessonEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("lessonTitle", "lesson:title", "minutes", "lesson:minutes",
            "markdown", "lesson:markdown");

    @Inject
    private CourseAuthoring authoring;

    @Inject
    private CurrentUser currentUser;

    private String kode;
    private Integer no;
    private LessonDraft lesson;
    private String title;
    private String titleEn;
    private int minutes;
    private String markdown;
    private String preview;
    private String materialTitle;
    private String videoTitle;
    private String videoUrl;
    private List<BankRow> banks = List.of();
    private List<CategoryOption> categories = List.of();
    private String quizBank;
    private Integer quizCount = 3;
    private Integer quizPassMark = 70;
    private String quizCategory;

    @Inject
    private transient QuestionBankAuthoring bankAuthoring;

    public void load() throws IOException {
        if (lesson != null) {
            return;
        }
        try {
            lesson = authoring.lesson(currentUser.require(), kode, no == null ? 0 : no);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "lesson");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        banks = bankAuthoring.banks(currentUser.require(), kode);
        bankAuthoring.lessonQuiz(currentUser.require(), kode, no).ifPresent(q -> {
            quizBank = q.bankPath();
            quizCount = q.questionCount();
            quizPassMark = q.passMark();
            quizCategory = q.category();
        });
        categories = bankAuthoring.categories(currentUser.require(), kode, quizBank);
        title = lesson.titleId();
        titleEn = lesson.titleEn();
        minutes = lesson.minutes();
        markdown = lesson.markdown();
        preview = lesson.html();
    }

    /** Another bank was chosen for the quiz: its categories. */
    public void quizBankChanged() {
        categories = bankAuthoring.categories(currentUser.require(), kode, quizBank);
        quizCategory = null;
    }

    /** Saves the lesson's quiz, or removes it when no bank is chosen. */
    public void saveQuiz() {
        try {
            bankAuthoring.saveLessonQuiz(currentUser.require(), kode, no, quizBank, quizCount, quizPassMark, quizCategory);
            Messages.info(quizBank == null || quizBank.isBlank() ? "catalog.lessonQuiz.removed" : "catalog.lessonQuiz.saved");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("quizBank", "quiz:bank", "quizCount", "quiz:count", "quizPassMark", "quiz:passMark",
                    "quizCategory", "quiz:category"));
        }
    }

    public void updatePreview() {
        preview = authoring.preview(markdown);
    }

    public void save() {
        try {
            authoring.editLesson(currentUser.require(), kode, no, title, titleEn, minutes, markdown);
            lesson = authoring.lesson(currentUser.require(), kode, no);
            preview = lesson.html();
            Messages.info("catalog.authoring.saved");
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            authoring.attachFile(currentUser.require(), kode, no, materialTitle, in, event.getFile().getFileName());
            lesson = authoring.lesson(currentUser.require(), kode, no);
            Messages.info("catalog.authoring.attached", event.getFile().getFileName());
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        } catch (IOException e) {
            Messages.error("catalog.authoring.uploadFailed");
        }
    }

    public void addVideo() {
        try {
            authoring.attachVideo(currentUser.require(), kode, no, videoTitle, videoUrl);
            lesson = authoring.lesson(currentUser.require(), kode, no);
            videoTitle = videoUrl = null;
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("videoTitle", "video:title", "videoUrl", "video:url"));
        }
    }

    public LessonDraft getLesson() { return lesson; }
    public List<BankRow> getBanks() { return banks; }
    public List<CategoryOption> getCategories() { return categories; }
    public String getQuizBank() { return quizBank; }
    public void setQuizBank(String quizBank) { this.quizBank = quizBank; }
    public Integer getQuizCount() { return quizCount; }
    public void setQuizCount(Integer quizCount) { this.quizCount = quizCount; }
    public Integer getQuizPassMark() { return quizPassMark; }
    public void setQuizPassMark(Integer quizPassMark) { this.quizPassMark = quizPassMark; }
    public String getQuizCategory() { return quizCategory; }
    public void setQuizCategory(String quizCategory) { this.quizCategory = quizCategory; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public Integer getNo() { return no; }
    public void setNo(Integer no) { this.no = no; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public String getMarkdown() { return markdown; }
    public void setMarkdown(String markdown) { this.markdown = markdown; }
    public String getPreview() { return preview; }
    public String getMaterialTitle() { return materialTitle; }
    public void setMaterialTitle(String materialTitle) { this.materialTitle = materialTitle; }
    public String getVideoTitle() { return videoTitle; }
    public void setVideoTitle(String videoTitle) { this.videoTitle = videoTitle; }
    public String getVideoUrl() { return videoUrl; }
    public void setVideoUrl(String videoUrl) { this.videoUrl = videoUrl; }
}
