package id.akademikoperasi.assessment.domain.scoring;

import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Marks a member's response to one question the way Moodle does.
 *
 * <pre>{@code
 * ParsedQuestion q = new GiftParser().parse("Pick the fruits {~%50%apple ~%50%pear ~%-100%stone}")
 *         .questions().getFirst();
 * QuestionScoring.score(q, Response.Choices.of(0), Locale.of("id")).fraction();      // 0.5000
 * QuestionScoring.score(q, Response.Choices.of(0, 2), Locale.of("id")).fraction();   // 0.0000 (penalty)
 * }</pre>
 *
 * <ul>
 *   <li>{@code SINGLE_CHOICE}: the weight of the one chosen choice; choosing none or several earns 0.</li>
 *   <li>{@code MULTIPLE_CHOICE}: the sum of the weights of the chosen choices, so the negative weights of wrong
 *       choices are penalties and ticking everything does not pay.</li>
 *   <li>{@code TRUE_FALSE}: 1 or 0.</li>
 *   <li>{@code SHORT_ANSWER}: the best weight among the answers that match the typed text, ignoring case, accents
 *       and extra spaces; {@code *} in an answer stands for any run of characters ({@code \*} for a star). A blank
 *       answer earns 0.</li>
 *   <li>{@code NUMERIC}: the best weight among the accepted values that take the number, read by
 *       {@link NumberInput} in the member's locale; what is not a number earns 0.</li>
 *   <li>{@code MATCHING}: the share of left-hand sides matched to their own right-hand text; distractors (pairs
 *       without a left side) do not count.</li>
 * </ul>
 * Weights are percentages and the result is clamped to [0, 1]. A response of the wrong kind for the question, or
 * with indexes the question does not have, earns 0 rather than an exception: a stored answer of an older version of
 * a question must not break a results page. The general feedback of the question is always given, last.
 */
public final class QuestionScoring {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private QuestionScoring() {
    }

    /** Whether a question of this type is marked without a trainer. */
    public static boolean isAutoGradable(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING -> true;
            case ESSAY, DESCRIPTION -> false;
        };
    }

    /**
     * The mark of one response, by the rules above.
     *
     * @param locale the member's locale, for reading a typed number
     * @throws IllegalArgumentException for an essay or a description, which no rule can mark
     */
    public static Mark score(ParsedQuestion question, Response response, Locale locale) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(locale, "locale");
        Credit credit = switch (question.type()) {
            case SINGLE_CHOICE -> response instanceof Response.Choices c ? single(question, c) : Credit.NONE;
            case MULTIPLE_CHOICE -> response instanceof Response.Choices c ? multiple(question, c) : Credit.NONE;
            case TRUE_FALSE -> response instanceof Response.Bool b ? trueFalse(question, b) : Credit.NONE;
            case SHORT_ANSWER -> response instanceof Response.Text t ? shortAnswer(question, t) : Credit.NONE;
            case NUMERIC -> response instanceof Response.Number n ? numeric(question, n, locale) : Credit.NONE;
            case MATCHING -> response instanceof Response.Matches m ? matching(question, m) : Credit.NONE;
            case ESSAY, DESCRIPTION -> throw new IllegalArgumentException(
                    "not auto-gradable: " + question.type() + " question at line " + question.line());
        };
        List<String> feedback = new ArrayList<>(credit.feedback());
        feedback.add(question.generalFeedback());
        return new Mark(clamp(credit.fraction()), feedback);
    }

    private static Credit single(ParsedQuestion question, Response.Choices response) {
        if (response.chosen().size() != 1) {
            return Credit.NONE;
        }
        int index = response.chosen().iterator().next();
        if (index >= question.choices().size()) {
            return Credit.NONE;
        }
        Choice choice = question.choices().get(index);
        return new Credit(percent(choice.weight()), feedbackOf(choice.feedback()));
    }

    private static Credit multiple(ParsedQuestion question, Response.Choices response) {
        if (response.chosen().stream().anyMatch(i -> i >= question.choices().size())) {
            return Credit.NONE;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> feedback = new ArrayList<>();
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (response.chosen().contains(i)) {
                sum = sum.add(choices.get(i).weight());
                feedback.add(choices.get(i).feedback());
            }
        }
        return new Credit(percent(sum), feedback);
    }

    private static Credit trueFalse(ParsedQuestion question, Response.Bool response) {
        boolean right = response.value() == question.trueFalse().correct();
        return right ? new Credit(BigDecimal.ONE, feedbackOf(question.trueFalse().rightFeedback()))
                : new Credit(BigDecimal.ZERO, feedbackOf(question.trueFalse().wrongFeedback()));
    }

    private static Credit shortAnswer(ParsedQuestion question, Response.Text response) {
        String typed = normalized(response.text());
        if (typed.isEmpty()) {
            return Credit.NONE;
        }
        return question.choices().stream()
                .filter(choice -> accepts(choice.text(), typed))
                .max(Comparator.comparing(Choice::weight))
                .map(choice -> new Credit(percent(choice.weight()), feedbackOf(choice.feedback())))
                .orElse(Credit.NONE);
    }

    private static Credit numeric(ParsedQuestion question, Response.Number response, Locale locale) {
        Optional<BigDecimal> number = NumberInput.parse(response.typed(), locale);
        if (number.isEmpty()) {
            return Credit.NONE;
        }
        return question.numericAnswers().stream()
                .filter(answer -> answer.accepts(number.get()))
                .max(Comparator.comparing(NumericAnswer::weight))
                .map(answer -> new Credit(percent(answer.weight()), feedbackOf(answer.feedback())))
                .orElse(Credit.NONE);
    }

    private static Credit matching(ParsedQuestion question, Response.Matches response) {
        List<MatchPair> pairs = question.pairs();
        Map<Integer, String> chosen = response.rightForLeft();
        if (chosen.keySet().stream().anyMatch(i -> i >= pairs.size())) {
            return Credit.NONE;
        }
        int lefts = 0;
        int right = 0;
        for (int i = 0; i < pairs.size(); i++) {
            MatchPair pair = pairs.get(i);
            if (!pair.left().isEmpty()) {
                lefts++;
                if (pair.right().equals(chosen.get(i))) {
                    right++;
                }
            }
        }
        if (lefts == 0) {
            return Credit.NONE;
        }
        return new Credit(BigDecimal.valueOf(right).divide(BigDecimal.valueOf(lefts), Mark.SCALE,
                RoundingMode.HALF_UP), List.of());
    }

    /** Whether an accepted short answer, with its {@code *} wildcards, takes the normalized typed text. */
    static boolean accepts(String accepted, String typed) {
        String answer = normalized(accepted);
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(typed).matches();
    }

    /** Without accents, in lower case, trimmed, with every run of white space (no-break spaces too) made one. */
    static String normalized(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static BigDecimal percent(BigDecimal weight) {
        return weight.divide(HUNDRED);
    }

    private static BigDecimal clamp(BigDecimal fraction) {
        return fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static List<String> feedbackOf(String feedback) {
        return feedback == null ? List.of() : List.of(feedback);
    }

    /** A fraction before clamping and the feedback of what earned it. */
    private record Credit(BigDecimal fraction, List<String> feedback) {
        static final Credit NONE = new Credit(BigDecimal.ZERO, List.of());
    }
}
