package id.akademikoperasi.assessment.domain.bank;

import java.util.List;
import java.util.Objects;

/**
 * One question read from a GIFT or Aiken bank, before it becomes part of a quiz. Texts are plain text with the
 * GIFT escapes resolved ({@code \=} is {@code =}, {@code \n} a line break); nothing is rendered as HTML.
 *
 * <pre>{@code
 * ParsedQuestion q = new GiftParser().parse("Grant is buried in Grant's tomb.{F}").questions().getFirst();
 * q.type();                      // TRUE_FALSE
 * q.trueFalse().correct();       // false
 * }</pre>
 *
 * <p>Only the lists or values of its {@link #type()} are filled; the others are empty or {@code null}.
 *
 * @param category        the {@code $CATEGORY:} path in force, or {@code null}
 * @param title           the {@code ::title::}, or the start of the text when the bank gives none (as Moodle)
 * @param text            the question text; a missing-word question has {@code _____} where its answers were
 * @param choices         the answers of a choice or short-answer question
 * @param numericAnswers  the accepted values of a numeric question
 * @param pairs           the pairs of a matching question
 * @param trueFalse       the answer of a true/false question, else {@code null}
 * @param generalFeedback shown to every learner after answering ({@code ####…}), or {@code null}
 * @param line            the 1-based line of the bank where the question starts
 */
public record ParsedQuestion(String category, String title, String text, QuestionType type,
                             List<Choice> choices, List<NumericAnswer> numericAnswers, List<MatchPair> pairs,
                             TrueFalseAnswer trueFalse, String generalFeedback, int line) {

    public ParsedQuestion {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        numericAnswers = List.copyOf(numericAnswers);
        pairs = List.copyOf(pairs);
        if (type == QuestionType.TRUE_FALSE && trueFalse == null) {
            throw new IllegalArgumentException("a true/false question needs its answer");
        }
        if (line < 1) {
            throw new IllegalArgumentException("a question starts on a line from 1");
        }
    }

    /** The choices that earn credit. */
    public List<Choice> rightChoices() {
        return choices.stream().filter(Choice::isRight).toList();
    }
}
