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

/** A module of a course version: a titled group of lessons in order. */
@Entity
@Table(name = "cat_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private CourseVersion courseVersion;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_id", nullable = false, length = 200)
    private String titleId;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(CourseVersion courseVersion, int position, Bilingual title) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.titleId = title.id();
        this.titleEn = title.en();
    }

    CourseModule copyInto(CourseVersion target) {
        CourseModule copy = new CourseModule(target, position, title());
        lessons.forEach(l -> copy.lessons.add(l.copyInto(copy)));
        return copy;
    }

    Lesson addLesson(String lessonKey, Bilingual title, int minutes, String markdown, String html) {
        Lesson lesson = new Lesson(this, lessons.size(), lessonKey, title, minutes, markdown, html);
        lessons.add(lesson);
        return lesson;
    }

    void rename(Bilingual title) {
        this.titleId = title.id();
        this.titleEn = title.en();
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    List<Lesson> mutableLessons() {
        return lessons;
    }

    CourseVersion version() {
        return courseVersion;
    }

    public Long id() { return id; }
    public int position() { return position; }
    public Bilingual title() { return new Bilingual(titleId, titleEn); }
    public List<Lesson> lessons() { return List.copyOf(lessons); }
}
