package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.Level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course package read and checked in full: the manifest, the text of every lesson and question bank, and the
 * media files. Immutable; for a zip, the media lie in an extraction folder that {@link #close()} deletes.
 *
 * <pre>{@code
 * try (CoursePackage course = reader.readZip(upload, PackageLimits.defaults())) {
 *     if (!course.contentHash().equals(latestVersion.contentHash())) {
 *         // publish a new version: course.modules(), course.questionBanks(), course.media() ...
 *     }
 * }
 * }</pre>
 */
public final class CoursePackage implements AutoCloseable {

    private final String code;
    private final Bilingual title;
    private final Bilingual summary;
    private final Category category;
    private final Level level;
    private final int estimatedMinutes;
    private final List<String> leadsTo;
    private final List<PackageModule> modules;
    private final List<PackageQuestionBank> questionBanks;
    private final ExamSettings finalExam;
    private final List<PackageMedia> media;
    private final String contentHash;
    private final Path extractionFolder;

    CoursePackage(String code, Bilingual title, Bilingual summary, Category category,
                  Level level, int estimatedMinutes, List<String> leadsTo, List<PackageModule> modules,
                  List<PackageQuestionBank> questionBanks, ExamSettings finalExam, List<PackageMedia> media,
                  String contentHash, Path extractionFolder) {
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.category = Objects.requireNonNull(category);
        this.level = Objects.requireNonNull(level);
        this.estimatedMinutes = estimatedMinutes;
        this.leadsTo = List.copyOf(leadsTo);
        this.modules = List.copyOf(modules);
        this.questionBanks = List.copyOf(questionBanks);
        this.finalExam = finalExam;
        this.media = List.copyOf(media);
        this.contentHash = Objects.requireNonNull(contentHash);
        this.extractionFolder = extractionFolder;
    }

    /** The course code, e.g. {@code KOP-01}. */
    public String code() {
        return code;
    }

    public Bilingual title() {
        return title;
    }

    public Bilingual summary() {
        return summary;
    }

    public Category category() {
        return category;
    }

    public Level level() {
        return level;
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    /** Codes of the certification schemes the course counts for, e.g. {@code CALON_PENGURUS}; may be empty. */
    public List<String> leadsTo() {
        return leadsTo;
    }

    public List<PackageModule> modules() {
        return modules;
    }

    /** Every lesson of every module, in reading order. */
    public List<PackageLesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public List<PackageQuestionBank> questionBanks() {
        return questionBanks;
    }

    /** The final exam settings, or {@code null} when the course has no final exam. */
    public ExamSettings finalExam() {
        return finalExam;
    }

    public Optional<ExamSettings> exam() {
        return Optional.ofNullable(finalExam);
    }

    /** Image, PDF, video and office files, sorted by path. */
    public List<PackageMedia> media() {
        return media;
    }

    /**
     * SHA-256 (hex) over the manifest's content (not its layout or comments) and every file's path and bytes:
     * reading unchanged content again gives the same hash, any change to a text or a media byte a new one.
     */
    public String contentHash() {
        return contentHash;
    }

    /** Deletes the extracted files of a zip package; nothing to do for a course folder. Safe to call twice. */
    @Override
    public void close() {
        if (extractionFolder != null) {
            try {
                PackageFileTree.deleteRecursively(extractionFolder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete extracted package " + extractionFolder, e);
            }
        }
    }

    @Override
    public String toString() {
        return "CoursePackage[" + code + ", " + contentHash.substring(0, 12) + "]";
    }
}
