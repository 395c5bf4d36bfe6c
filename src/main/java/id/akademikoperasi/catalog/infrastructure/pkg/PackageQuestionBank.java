package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.QuestionBankSource;

import java.util.Objects;

/**
 * A question bank file of a course package, still as text: the assessment context parses it.
 *
 * @param text the file's text (UTF-8 decoded, a leading byte-order mark removed)
 */
public record PackageQuestionBank(String path, QuestionBankSource.Format format, String text) {

    public PackageQuestionBank {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
