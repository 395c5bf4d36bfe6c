package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.BankViews.BankCheck;
import id.akademikoperasi.catalog.application.BankViews.BankPreview;
import id.akademikoperasi.catalog.application.BankViews.BankRow;
import id.akademikoperasi.catalog.application.BankViews.CategoryOption;
import id.akademikoperasi.catalog.application.BankViews.ExamForm;
import id.akademikoperasi.catalog.application.BankViews.ProblemRow;
import id.akademikoperasi.catalog.application.ExamInput;
import id.akademikoperasi.catalog.application.QuestionBankAuthoring;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /trainer/question-bank?kode=…}: the draft's question banks (list, preview, delete), importing a bank
 * (upload or paste → check → preview → save) and the final exam's settings.
 *
 * <p>Save stores the text that was checked and previewed, not whatever the text area holds by then: what the
 * trainer confirmed is what is kept.
 */
@Named
@ViewScoped
public class QuestionBankView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> BANK_FIELDS = Map.of("name", "bank:name", "format", "bank:format",
            "text", "bank:text");
    private static final Map<String, String> EXAM_FIELDS = Map.ofEntries(Map.entry("titleId", "exam:titleId"),
            Map.entry("titleEn", "exam:titleEn"), Map.entry("bankPath", "exam:bankPath"),
            Map.entry("questionCount", "exam:questionCount"), Map.entry("passMark", "exam:passMark"),
            Map.entry("timeLimitMinutes", "exam:timeLimit"), Map.entry("maxAttempts", "exam:maxAttempts"),
            Map.entry("waitMinutes", "exam:waitMinutes"), Map.entry("reviewPolicy", "exam:reviewPolicy"),
            Map.entry("category", "exam:category"));
    private static final String AUTO = "AUTO";

    @Inject
    private QuestionBankAuthoring authoring;

    @Inject
    private CurrentUser currentUser;

    private String kode;
    private List<BankRow> banks;

    private String name;
    private String format = AUTO;
    private String text;

    /** The last check of the import form, and exactly what it checked. */
    private BankCheck check;
    private String checkedName;
    private String checkedFormat;
    private String checkedText;
    /** A bank of the draft being looked at (when no import is being checked). */
    private BankPreview shown;

    private boolean examExists;
    private String courseTitleId;
    private String examTitleId;
    private String examTitleEn;
    private String examBank;
    private Integer questionCount;
    private Integer passMark;
    private Integer timeLimit;
    private Integer maxAttempts;
    private Integer waitMinutes;
    private String reviewPolicy;
    private String category;
    private List<CategoryOption> categories = List.of();

    public void load() throws IOException {
        if (banks != null) {
            return;
        }
        try {
            banks = authoring.banks(currentUser.require(), kode);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "course");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        loadExam();
    }

    private void loadExam() {
        ExamForm form = authoring.examForm(currentUser.require(), kode);
        examExists = form.exists();
        courseTitleId = form.courseTitleId();
        examTitleId = form.exists() ? form.titleId()
                : Messages.text(LocaleView.INDONESIAN, "catalog.exam.defaultTitle", form.courseTitleId());
        examTitleEn = form.exists() ? form.titleEn()
                : Messages.text(Locale.ENGLISH, "catalog.exam.defaultTitle", form.courseTitleEn());
        examBank = form.bankPath();
        questionCount = form.questionCount();
        passMark = form.passMark();
        timeLimit = form.timeLimitMinutes();
        maxAttempts = form.maxAttempts();
        waitMinutes = form.waitMinutes();
        reviewPolicy = form.reviewPolicy();
        category = form.category();
        loadCategories();
    }

    private void loadCategories() {
        categories = authoring.categories(currentUser.require(), kode, examBank);
    }

    private void refreshBanks() {
        banks = authoring.banks(currentUser.require(), kode);
        if (banks.stream().noneMatch(b -> b.path().equals(examBank))) {
            // the form named no bank or one that is gone: start it again from the draft (the first bank)
            loadExam();
        }
    }

    // --- importing a bank -----------------------------------------------------------------------------------

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            text = authoring.read(in);
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
            return;
        } catch (IOException e) {
            Messages.error("catalog.authoring.uploadFailed");
            return;
        }
        String fileName = event.getFile().getFileName();
        if (name == null || name.isBlank()) {
            name = fileName;
        }
        if (runCheck()) {
            Messages.info("catalog.bank.loaded", fileName);
        }
    }

    public void check() {
        runCheck();
    }

    /** Checks the import form; true when it could be read (with or without problems of the bank). */
    private boolean runCheck() {
        shown = null;
        check = null;
        try {
            check = authoring.check(currentUser.require(), kode, name, chosenFormat(format), text);
            checkedName = name;
            checkedFormat = check.format();
            checkedText = text;
            return true;
        } catch (InvalidInputException e) {
            Messages.show(e, BANK_FIELDS);
            return false;
        }
    }

    public void save() {
        if (check == null || !check.isClean()) {
            return;
        }
        try {
            String path = authoring.save(currentUser.require(), kode, checkedName,
                    QuestionBankSource.Format.valueOf(checkedFormat), checkedText, check.preview().replaces());
            Messages.info("catalog.bank.saved", path.substring(path.lastIndexOf('/') + 1), check.preview().questions());
            check = null;
            checkedText = null;
            name = null;
            text = null;
            format = AUTO;
            refreshBanks();
            loadCategories();
        } catch (InvalidInputException e) {
            Messages.show(e, BANK_FIELDS);
        }
    }

    public void show(String path) {
        check = null;
        try {
            shown = authoring.bank(currentUser.require(), kode, path);
        } catch (NotFoundException e) {
            shown = null;
            refreshBanks();
        }
    }

    public void closePreview() {
        shown = null;
        check = null;
    }

    public void delete(String path) {
        try {
            authoring.delete(currentUser.require(), kode, path);
            if (shown != null && shown.path().equals(path)) {
                shown = null;
            }
            Messages.info("catalog.bank.deleted", path.substring(path.lastIndexOf('/') + 1));
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        } catch (NotFoundException e) {
            // deleted meanwhile (another tab, another editor): the list below shows it is gone
        }
        refreshBanks();
    }

    /** The problems of the checked bank, each with its line, in the page's language. */
    public List<String> getProblemTexts() {
        if (check == null) {
            return List.of();
        }
        return check.problems().stream().map(QuestionBankView::describe).toList();
    }

    private static String describe(ProblemRow p) {
        String message = Messages.text(p.messageKey(), p.arguments().toArray());
        return p.line() > 0 ? Messages.text("catalog.bank.problemLine", String.valueOf(p.line()), message) : message;
    }

    /** What the preview panel shows: the checked import, or a bank of the draft. */
    public BankPreview getPreview() {
        return check != null && check.isClean() ? check.preview() : shown;
    }

    public boolean isPending() {
        return check != null && check.isClean();
    }

    private static QuestionBankSource.Format chosenFormat(String value) {
        return value == null || AUTO.equals(value) ? null : QuestionBankSource.Format.valueOf(value);
    }

    // --- the final exam -------------------------------------------------------------------------------------

    public void bankChanged() {
        category = null;
        loadCategories();
    }

    public void saveExam() {
        try {
            authoring.saveFinalExam(currentUser.require(), kode, new ExamInput(examTitleId, examTitleEn, examBank,
                    questionCount, passMark, timeLimit, maxAttempts, waitMinutes,
                    reviewPolicy == null || reviewPolicy.isBlank() ? null : ReviewPolicy.valueOf(reviewPolicy), category));
            examExists = true;
            refreshBanks();
            Messages.info("catalog.exam.saved");
        } catch (InvalidInputException e) {
            Messages.show(e, EXAM_FIELDS);
        }
    }

    public void removeExam() {
        authoring.removeFinalExam(currentUser.require(), kode);
        refreshBanks();
        loadExam();
        Messages.info("catalog.exam.removed");
    }

    /** "All questions" first, then each category with how many questions it can give. */
    public List<SelectItem> getCategoryItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Messages.text("catalog.exam.category.all")));
        for (CategoryOption c : categories) {
            items.add(new SelectItem(c.category(), Messages.text("catalog.exam.category.option", c.category(), c.drawable())));
        }
        return items;
    }

    public List<String> getFormats() { return List.of(AUTO, "GIFT", "AIKEN"); }
    public List<String> getReviewPolicies() {
        return java.util.Arrays.stream(ReviewPolicy.values()).map(Enum::name).toList();
    }
    public int getMaxMegabytes() { return QuestionBankAuthoring.MAX_BYTES / (1024 * 1024); }
    public int getMaxBytes() { return QuestionBankAuthoring.MAX_BYTES; }

    public List<BankRow> getBanks() { return banks; }
    public List<CategoryOption> getCategories() { return categories; }
    public boolean isExamExists() { return examExists; }
    public String getCourseTitleId() { return courseTitleId; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getExamTitleId() { return examTitleId; }
    public void setExamTitleId(String examTitleId) { this.examTitleId = examTitleId; }
    public String getExamTitleEn() { return examTitleEn; }
    public void setExamTitleEn(String examTitleEn) { this.examTitleEn = examTitleEn; }
    public String getExamBank() { return examBank; }
    public void setExamBank(String examBank) { this.examBank = examBank; }
    public Integer getQuestionCount() { return questionCount; }
    public void setQuestionCount(Integer questionCount) { this.questionCount = questionCount; }
    public Integer getPassMark() { return passMark; }
    public void setPassMark(Integer passMark) { this.passMark = passMark; }
    public Integer getTimeLimit() { return timeLimit; }
    public void setTimeLimit(Integer timeLimit) { this.timeLimit = timeLimit; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    public Integer getWaitMinutes() { return waitMinutes; }
    public void setWaitMinutes(Integer waitMinutes) { this.waitMinutes = waitMinutes; }
    public String getReviewPolicy() { return reviewPolicy; }
    public void setReviewPolicy(String reviewPolicy) { this.reviewPolicy = reviewPolicy; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
}
