package id.akademikoperasi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question bank of a course version as written (GIFT or Aiken); the exam context turns it into questions. */
@Entity
@Table(name = "cat_question_bank")
public class QuestionBankSource {

    public enum Format { GIFT, AIKEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private CourseVersion courseVersion;

    @Column(nullable = false, length = 200)
    private String path;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Format format;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String source;

    protected QuestionBankSource() {
    }

    QuestionBankSource(CourseVersion courseVersion, String path, Format format, String source) {
        this.courseVersion = courseVersion;
        this.path = path;
        this.format = format;
        this.source = source;
    }

    void rewrite(String source) {
        this.source = source;
    }

    public Long id() { return id; }
    public String path() { return path; }
    public Format format() { return format; }
    public String source() { return source; }
}
