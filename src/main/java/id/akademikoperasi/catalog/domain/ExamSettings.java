package id.akademikoperasi.catalog.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * The final exam a course declares: drawn from one of its banks. The exam issue runs it.
 *
 * @param reviewPolicy when the member may see right answers and feedback after submitting
 * @param category     draw only from this GIFT category of the bank (and its subcategories), or {@code null} for
 *                     every question; blank is taken as {@code null} and a trailing {@code /} is dropped
 */
public record ExamSettings(Bilingual title, String bankPath, int questionCount, int passMark, int timeLimitMinutes,
                           int maxAttempts, int waitMinutes, ReviewPolicy reviewPolicy, String category)
        implements Serializable {

    public static final int MAX_CATEGORY = 200;

    public ExamSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bankPath, "bankPath");
        Objects.requireNonNull(reviewPolicy, "reviewPolicy");
        if (questionCount < 1 || passMark < 1 || passMark > 100 || timeLimitMinutes < 1 || maxAttempts < 1 || waitMinutes < 0) {
            throw new IllegalArgumentException("invalid exam settings");
        }
        category = normalCategory(category);
        if (category != null && category.length() > MAX_CATEGORY) {
            throw new IllegalArgumentException("a category has at most " + MAX_CATEGORY + " characters");
        }
    }

    /** {@code null} for "every question", else the category without surrounding blanks or trailing slashes. */
    public static String normalCategory(String category) {
        if (category == null) {
            return null;
        }
        String c = category.strip();
        while (c.endsWith("/")) {
            c = c.substring(0, c.length() - 1).strip();
        }
        return c.isEmpty() ? null : c;
    }
}
