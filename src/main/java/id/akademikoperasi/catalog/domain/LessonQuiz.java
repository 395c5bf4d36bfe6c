package id.akademikoperasi.catalog.domain;

import java.io.Serializable;

/**
 * A short quiz at the end of a lesson, drawn from one of the course's banks (optionally one category of it). Passing
 * it completes the lesson; it can be taken again at once, as often as needed, and shows the answers after each try.
 *
 * <pre>{@code
 * new LessonQuiz("questions/bank.gift", 3, 70, "KOP-01/prinsip");
 * }</pre>
 */
public record LessonQuiz(String bankPath, int questionCount, int passMark, String category) implements Serializable {

    /** A lesson quiz is short: no more questions than this. */
    public static final int MAX_QUESTIONS = 20;

    public LessonQuiz {
        if (bankPath == null || bankPath.isBlank() || questionCount < 1 || questionCount > MAX_QUESTIONS
                || passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("invalid lesson quiz");
        }
        category = category == null || category.isBlank() ? null : category.strip();
    }
}
