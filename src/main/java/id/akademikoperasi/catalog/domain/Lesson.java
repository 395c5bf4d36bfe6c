package id.akademikoperasi.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A lesson of a module: its Markdown as written and the sanitised HTML rendered from it when it was saved. */
@Entity
@Table(name = "cat_lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(name = "lesson_key", nullable = false, length = 200)
    private String lessonKey;

    @Column(name = "title_id", nullable = false, length = 200)
    private String titleId;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String markdown;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String html;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Material> materials = new ArrayList<>();

    @Column(name = "quiz_bank_path", length = 200)
    private String quizBankPath;

    @Column(name = "quiz_question_count")
    private Integer quizQuestionCount;

    @Column(name = "quiz_pass_mark")
    private Integer quizPassMark;

    @Column(name = "quiz_category", length = 200)
    private String quizCategory;

    protected Lesson() {
    }

    Lesson(CourseModule module, int position, String lessonKey, Bilingual title, int minutes, String markdown, String html) {
        if (minutes < 1 || minutes > 600) {
            throw new IllegalArgumentException("lesson minutes 1..600");
        }
        this.module = module;
        this.position = position;
        this.lessonKey = lessonKey;
        this.titleId = title.id();
        this.titleEn = title.en();
        this.minutes = minutes;
        this.markdown = markdown;
        this.html = html;
    }

    Lesson copyInto(CourseModule target) {
        Lesson copy = new Lesson(target, position, lessonKey, title(), minutes, markdown, html);
        copy.quizBankPath = quizBankPath;
        copy.quizQuestionCount = quizQuestionCount;
        copy.quizPassMark = quizPassMark;
        copy.quizCategory = quizCategory;
        materials.forEach(m -> copy.materials.add(m.copyInto(copy)));
        return copy;
    }

    void edit(Bilingual title, int minutes, String markdown, String html) {
        module.version().requireDraft();
        this.titleId = title.id();
        this.titleEn = title.en();
        this.minutes = minutes;
        this.markdown = markdown;
        this.html = html;
    }

    /** Gives the lesson a quiz ({@code null}: none); the course version checks that its bank is one of its own. */
    void setQuiz(LessonQuiz quiz) {
        module.version().requireDraft();
        quizBankPath = quiz == null ? null : quiz.bankPath();
        quizQuestionCount = quiz == null ? null : quiz.questionCount();
        quizPassMark = quiz == null ? null : quiz.passMark();
        quizCategory = quiz == null ? null : quiz.category();
    }

    public java.util.Optional<LessonQuiz> quiz() {
        return quizBankPath == null ? java.util.Optional.empty()
                : java.util.Optional.of(new LessonQuiz(quizBankPath, quizQuestionCount, quizPassMark, quizCategory));
    }

    void attachFile(String title, String sha256, String fileName, String mediaType, long size) {
        module.version().requireDraft();
        materials.add(Material.file(this, materials.size(), title, sha256, fileName, mediaType, size));
    }

    void attachVideo(String title, String url) {
        module.version().requireDraft();
        materials.add(Material.video(this, materials.size(), title, url));
    }

    void moveTo(CourseModule newModule, int newPosition) {
        this.module = newModule;
        this.position = newPosition;
    }

    public Long id() { return id; }
    public CourseModule module() { return module; }
    public int position() { return position; }
    public String lessonKey() { return lessonKey; }
    public Bilingual title() { return new Bilingual(titleId, titleEn); }
    public int minutes() { return minutes; }
    public String markdown() { return markdown; }
    public String html() { return html; }
    public List<Material> materials() { return List.copyOf(materials); }
}
