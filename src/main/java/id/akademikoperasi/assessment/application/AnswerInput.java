package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer as the attempt page sends it, before it is known to fit its question: {@code choices} for single and
 * multiple choice (indexes into the question's choices), {@code value} for true/false ("true"/"false"), short answer
 * and numeric (as typed), {@code matches} for matching (pair index → chosen right-hand text; blank = not chosen).
 *
 * <pre>{@code
 * Response r = new AnswerInput(List.of(2), null, null).toResponse(question);   // Choices{2}
 * }</pre>
 */
public record AnswerInput(List<Integer> choices, String value, Map<String, String> matches) {

    /** Longest typed answer kept (the page's input allows as much). */
    public static final int MAX_TYPED = 200;

    /**
     * The answer in the question's own terms.
     *
     * @throws InvalidInputException when it does not fit the question (an index out of range, an unknown match)
     */
    public Response toResponse(ParsedQuestion question) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> {
                if (choices == null || choices.size() != 1) {
                    throw invalid();
                }
                yield new Response.Choices(indexes(question));
            }
            case MULTIPLE_CHOICE -> new Response.Choices(choices == null ? Set.of() : indexes(question));
            case TRUE_FALSE -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw invalid();
                }
                yield new Response.Bool(Boolean.parseBoolean(value));
            }
            case SHORT_ANSWER -> new Response.Text(typed());
            case NUMERIC -> new Response.Number(typed());
            case MATCHING -> new Response.Matches(matched(question.pairs()));
            default -> throw invalid();
        };
    }

    private Set<Integer> indexes(ParsedQuestion question) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (Integer i : choices) {
            if (i == null || i < 0 || i >= question.choices().size()) {
                throw invalid();
            }
            chosen.add(i);
        }
        return chosen;
    }

    private String typed() {
        String typed = value == null ? "" : value.strip();
        if (typed.length() > MAX_TYPED) {
            throw new InvalidInputException(Problem.of(null, "assessment.answer.tooLong", MAX_TYPED));
        }
        return typed;
    }

    private Map<Integer, String> matched(List<MatchPair> pairs) {
        Map<Integer, String> given = new HashMap<>();
        if (matches == null) {
            return given;
        }
        Set<String> rights = new LinkedHashSet<>();
        pairs.forEach(p -> rights.add(p.right()));
        matches.forEach((left, right) -> {
            int index;
            try {
                index = Integer.parseInt(left);
            } catch (NumberFormatException e) {
                throw invalid();
            }
            if (index < 0 || index >= pairs.size() || pairs.get(index).left().isEmpty()) {
                throw invalid();
            }
            if (right != null && !right.isEmpty()) {
                if (!rights.contains(right)) {
                    throw invalid();
                }
                given.put(index, right);
            }
        });
        return given;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(Problem.of(null, "assessment.answer.invalid"));
    }
}
