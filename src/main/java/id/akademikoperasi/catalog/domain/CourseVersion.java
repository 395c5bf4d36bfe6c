package id.akademikoperasi.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a course: a DRAFT that its trainers edit, or a PUBLISHED version that never changes again.
 * Learners only see published versions; publishing freezes the draft under the next number.
 *
 * <pre>{@code
 * CourseVersion draft = CourseVersion.draft(course, title, summary, Category.KEUANGAN, Level.DASAR, 90, List.of(), now);
 * CourseModule m = draft.addModule(new Bilingual("Dasar", "Basics"));
 * draft.addLesson(m, "lessons/01.md", new Bilingual("Siklus akuntansi", null), 20, markdown, html);
 * draft.publish(1, trainerId, now);   // from here on every change throws
 * }</pre>
 */
@Entity
@Table(name = "cat_course_version")
@NamedQuery(name = "CourseVersion.latestPublished",
        query = "SELECT v FROM CourseVersion v WHERE v.courseId = :course AND v.latest = TRUE")
@NamedQuery(name = "CourseVersion.draftOf",
        query = "SELECT v FROM CourseVersion v WHERE v.courseId = :course AND v.status = :status")
@NamedQuery(name = "CourseVersion.maxNumber",
        query = "SELECT MAX(v.number) FROM CourseVersion v WHERE v.courseId = :course")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status;

    @Column(nullable = false)
    private boolean latest;

    @Column(name = "title_id", nullable = false, length = 200)
    private String titleId;
    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;
    @Column(name = "summary_id", nullable = false, columnDefinition = "TEXT")
    private String summaryId;
    @Column(name = "summary_en", nullable = false, columnDefinition = "TEXT")
    private String summaryEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level level;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "leads_to", nullable = false, length = 400)
    private String leadsTo = "";

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "exam_title_id", length = 200)
    private String examTitleId;
    @Column(name = "exam_title_en", length = 200)
    private String examTitleEn;
    @Column(name = "exam_bank_path", length = 200)
    private String examBankPath;
    @Column(name = "exam_question_count")
    private Integer examQuestionCount;
    @Column(name = "exam_pass_mark")
    private Integer examPassMark;
    @Column(name = "exam_time_limit_min")
    private Integer examTimeLimitMinutes;
    @Column(name = "exam_max_attempts")
    private Integer examMaxAttempts;
    @Column(name = "exam_wait_minutes")
    private Integer examWaitMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "exam_review_policy", length = 20)
    private ReviewPolicy examReviewPolicy;
    @Column(name = "exam_category", length = 200)
    private String examCategory;

    @Column(name = "search_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String searchText = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuestionBankSource> banks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cat_media", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "path")
    @Column(name = "blob_sha256")
    private Map<String, String> media = new HashMap<>();

    protected CourseVersion() {
    }

    public static CourseVersion draft(Course course, Bilingual title, Bilingual summary, Category category, Level level,
                                      int estimatedMinutes, List<String> leadsTo, Instant at) {
        CourseVersion v = new CourseVersion();
        v.courseId = course.id().value();
        v.status = VersionStatus.DRAFT;
        v.createdAt = at;
        v.describe(title, summary, category, level, estimatedMinutes, leadsTo);
        return v;
    }

    /** A new draft that starts as a copy of a published version; the published one is left untouched. */
    public static CourseVersion draftFrom(CourseVersion published, Instant at) {
        CourseVersion v = new CourseVersion();
        v.courseId = published.courseId;
        v.status = VersionStatus.DRAFT;
        v.createdAt = at;
        v.describe(published.title(), published.summary(), published.category, published.level,
                published.estimatedMinutes, published.leadsTo());
        v.examTitleId = published.examTitleId;
        v.examTitleEn = published.examTitleEn;
        v.examBankPath = published.examBankPath;
        v.examQuestionCount = published.examQuestionCount;
        v.examPassMark = published.examPassMark;
        v.examTimeLimitMinutes = published.examTimeLimitMinutes;
        v.examMaxAttempts = published.examMaxAttempts;
        v.examWaitMinutes = published.examWaitMinutes;
        v.examReviewPolicy = published.examReviewPolicy;
        v.examCategory = published.examCategory;
        v.media.putAll(published.media);
        published.modules.forEach(m -> v.modules.add(m.copyInto(v)));
        published.banks.forEach(b -> v.banks.add(new QuestionBankSource(v, b.path(), b.format(), b.source())));
        return v;
    }

    public void describe(Bilingual title, Bilingual summary, Category category, Level level, int estimatedMinutes,
                         List<String> leadsTo) {
        requireDraft();
        if (estimatedMinutes < 1 || estimatedMinutes > 6000) {
            throw new IllegalArgumentException("estimated minutes 1..6000");
        }
        this.titleId = title.id();
        this.titleEn = title.en();
        this.summaryId = summary.id();
        this.summaryEn = summary.en();
        this.category = category;
        this.level = level;
        this.estimatedMinutes = estimatedMinutes;
        this.leadsTo = String.join(",", leadsTo);
    }

    /**
     * The final exam of this version, drawn from one of its banks. Whether the bank holds enough questions is
     * checked by the application service, which can parse banks; this version only knows their text.
     */
    public void setFinalExam(ExamSettings exam) {
        requireDraft();
        if (exam == null) {
            removeFinalExam();
            return;
        }
        if (bank(exam.bankPath()).isEmpty()) {
            throw new IllegalArgumentException("the final exam draws from a bank of this course");
        }
        examTitleId = exam.title().id();
        examTitleEn = exam.title().en();
        examBankPath = exam.bankPath();
        examQuestionCount = exam.questionCount();
        examPassMark = exam.passMark();
        examTimeLimitMinutes = exam.timeLimitMinutes();
        examMaxAttempts = exam.maxAttempts();
        examWaitMinutes = exam.waitMinutes();
        examReviewPolicy = exam.reviewPolicy();
        examCategory = exam.category();
    }

    /** The course has no final exam any more (its banks stay). */
    public void removeFinalExam() {
        requireDraft();
        examTitleId = examTitleEn = examBankPath = examCategory = null;
        examQuestionCount = examPassMark = examTimeLimitMinutes = examMaxAttempts = examWaitMinutes = null;
        examReviewPolicy = null;
    }

    public CourseModule addModule(Bilingual title) {
        requireDraft();
        CourseModule module = new CourseModule(this, modules.size(), title);
        modules.add(module);
        return module;
    }

    public Lesson addLesson(CourseModule module, String lessonKey, Bilingual title, int minutes, String markdown, String html) {
        requireDraft();
        requireOwn(module);
        if (lessons().size() >= 30) {
            throw new IllegalStateException("a course has at most 30 lessons");
        }
        if (lessons().stream().anyMatch(l -> l.lessonKey().equals(lessonKey))) {
            throw new IllegalArgumentException("duplicate lesson key " + lessonKey);
        }
        return module.addLesson(lessonKey, title, minutes, markdown, html);
    }

    public void editLesson(Lesson lesson, Bilingual title, int minutes, String markdown, String html) {
        requireDraft();
        lesson.edit(title, minutes, markdown, html);
    }

    /** Gives a lesson a quiz drawn from one of this version's banks, or takes it away ({@code null}). */
    public void setLessonQuiz(Lesson lesson, LessonQuiz quiz) {
        requireDraft();
        requireOwn(lesson.module());
        if (quiz != null && bank(quiz.bankPath()).isEmpty()) {
            throw new IllegalArgumentException("the lesson quiz draws from a bank of this course");
        }
        lesson.setQuiz(quiz);
    }

    public void attachFile(Lesson lesson, String title, String sha256, String fileName, String mediaType, long size) {
        requireDraft();
        lesson.attachFile(title, sha256, fileName, mediaType, size);
    }

    public void attachVideo(Lesson lesson, String title, String url) {
        requireDraft();
        lesson.attachVideo(title, url);
    }

    /** Moves a lesson one place up (-1) or down (+1) in the course's reading order, across modules if needed. */
    public void moveLesson(Lesson lesson, int direction) {
        requireDraft();
        List<Lesson> order = new ArrayList<>(lessons());
        int from = order.indexOf(lesson);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        Lesson other = order.get(to);
        CourseModule a = lesson.module();
        CourseModule b = other.module();
        if (a == b) {
            List<Lesson> list = a.mutableLessons();
            java.util.Collections.swap(list, list.indexOf(lesson), list.indexOf(other));
            renumber(a);
        } else {
            // crossing a module boundary: the lesson joins the neighbouring module at its near end
            a.mutableLessons().remove(lesson);
            if (direction < 0) {
                b.mutableLessons().add(lesson);
            } else {
                b.mutableLessons().add(0, lesson);
            }
            renumber(a);
            renumber(b);
        }
    }

    /** Moves a module one place up (-1) or down (+1); its lessons go with it. */
    public void moveModule(CourseModule module, int direction) {
        requireDraft();
        requireOwn(module);
        int from = modules.indexOf(module);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= modules.size()) {
            return;
        }
        java.util.Collections.swap(modules, from, to);
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).moveTo(i);
        }
    }

    public void renameModule(CourseModule module, Bilingual title) {
        requireDraft();
        requireOwn(module);
        module.rename(title);
    }

    public void addBank(String path, QuestionBankSource.Format format, String source) {
        requireDraft();
        if (bank(path).isPresent()) {
            throw new IllegalArgumentException("the version already has a bank " + path);
        }
        banks.add(new QuestionBankSource(this, path, format, source));
    }

    /** A new text for an existing bank; the final exam keeps drawing from it. */
    public void replaceBank(String path, String source) {
        requireDraft();
        bank(path).orElseThrow(() -> new IllegalArgumentException("no bank " + path)).rewrite(source);
    }

    /** Removes a bank; the one the final exam draws from cannot go (remove or move the exam first). */
    public void removeBank(String path) {
        requireDraft();
        QuestionBankSource bank = bank(path).orElseThrow(() -> new IllegalArgumentException("no bank " + path));
        if (path.equals(examBankPath)) {
            throw new IllegalStateException("the final exam draws from " + path);
        }
        if (lessons().stream().anyMatch(l -> l.quiz().map(q -> q.bankPath().equals(path)).orElse(false))) {
            throw new IllegalStateException("a lesson quiz draws from " + path);
        }
        banks.remove(bank);
    }

    public Optional<QuestionBankSource> bank(String path) {
        return banks.stream().filter(b -> b.path().equals(path)).findFirst();
    }

    public void addMedia(String path, String sha256) {
        requireDraft();
        media.put(path, sha256);
    }

    /** Freezes this draft as published version {@code number}; from now on it never changes. */
    public void publish(int number, Long byAccountId, Instant at, String contentHash, String searchText) {
        requireDraft();
        if (lessons().isEmpty()) {
            throw new IllegalStateException("a course needs at least one lesson to be published");
        }
        this.number = number;
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = byAccountId;
        this.contentHash = contentHash;
        this.searchText = searchText;
        this.latest = true;
    }

    /** A newer version was published: this one stays readable but is no longer what the catalog shows. */
    public void supersede() {
        latest = false;
    }

    void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("published version " + number + " of course " + courseId + " cannot change");
        }
    }

    private void requireOwn(CourseModule module) {
        if (!modules.contains(module)) {
            throw new IllegalArgumentException("module of another version");
        }
    }

    private static void renumber(CourseModule module) {
        List<Lesson> list = module.mutableLessons();
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(module, i);
        }
    }

    public CourseVersionId id() { return new CourseVersionId(id); }
    public CourseId courseId() { return new CourseId(courseId); }
    public Integer number() { return number; }
    public VersionStatus status() { return status; }
    public boolean isPublished() { return status == VersionStatus.PUBLISHED; }
    public boolean isLatest() { return latest; }
    public Bilingual title() { return new Bilingual(titleId, titleEn); }
    public Bilingual summary() { return new Bilingual(summaryId, summaryEn); }
    public Category category() { return category; }
    public Level level() { return level; }
    public int estimatedMinutes() { return estimatedMinutes; }
    public List<String> leadsTo() { return leadsTo.isEmpty() ? List.of() : Arrays.asList(leadsTo.split(",")); }
    public String contentHash() { return contentHash; }
    public Instant publishedAt() { return publishedAt; }
    public List<CourseModule> modules() { return List.copyOf(modules); }
    public List<QuestionBankSource> banks() { return List.copyOf(banks); }
    public Map<String, String> media() { return Map.copyOf(media); }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<ExamSettings> finalExam() {
        if (examBankPath == null) {
            return Optional.empty();
        }
        // rows written before the review policy existed have none: they keep the behaviour they had
        ReviewPolicy review = examReviewPolicy == null ? ReviewPolicy.DEFAULT : examReviewPolicy;
        return Optional.of(new ExamSettings(new Bilingual(examTitleId, examTitleEn), examBankPath, examQuestionCount,
                examPassMark, examTimeLimitMinutes, examMaxAttempts, examWaitMinutes, review, examCategory));
    }
}
