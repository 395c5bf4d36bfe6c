package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.LessonQuiz;

import java.util.Objects;

/**
 * A lesson of a course package.
 *
 * @param path     where the Markdown file lies in the package, e.g. {@code lessons/01-intro.md}
 * @param markdown the file's text (UTF-8 decoded, a leading byte-order mark removed), not yet rendered
 */
public record PackageLesson(String path, Bilingual title, int minutes, String markdown, LessonQuiz quiz) {

    public PackageLesson {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
