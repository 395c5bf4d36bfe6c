package id.akademikoperasi.assessment.infrastructure.gift;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import id.akademikoperasi.assessment.domain.bank.TrueFalseAnswer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question bank in Moodle's GIFT format: categories, titles, all question types, weights, feedback,
 * general feedback, numeric ranges, matching, missing-word questions, escapes and comments.
 *
 * <pre>{@code
 * ParseResult result = new GiftParser().parse("""
 *         $CATEGORY: KOP-01/Dasar
 *
 *         ::Q1::Two plus two equals {=four =4}.
 *         """);
 * result.questions().getFirst().text();   // "Two plus two equals _____."
 * result.problems();                      // [] — or each problem with its 1-based line
 * }</pre>
 *
 * <p>Questions are separated by blank lines, so a question may run over several lines. A question with a problem
 * is left out of the result and every problem of the bank is reported, not only the first, so that an author can
 * fix them all in one go. The parser keeps no state: one instance may be shared.
 */
public final class GiftParser {

    public static final String EMPTY_BANK = "assessment.bank.emptyBank";
    public static final String UNCLOSED_BRACE = "assessment.bank.gift.unclosedBrace";
    public static final String UNMATCHED_CLOSING_BRACE = "assessment.bank.gift.unmatchedClosingBrace";
    public static final String SECOND_ANSWER_BLOCK = "assessment.bank.gift.secondAnswerBlock";
    public static final String UNCLOSED_TITLE = "assessment.bank.gift.unclosedTitle";
    public static final String UNKNOWN_MARKUP = "assessment.bank.gift.unknownMarkup";
    public static final String EMPTY_QUESTION_TEXT = "assessment.bank.gift.emptyQuestionText";
    public static final String EMPTY_ANSWER = "assessment.bank.gift.emptyAnswer";
    public static final String NO_RIGHT_ANSWER = "assessment.bank.gift.noRightAnswer";
    public static final String WEIGHTS_NOT_HUNDRED = "assessment.bank.gift.weightsNotHundred";
    public static final String INVALID_WEIGHT = "assessment.bank.gift.invalidWeight";
    public static final String WEIGHT_OUT_OF_RANGE = "assessment.bank.gift.weightOutOfRange";
    public static final String TOO_FEW_CHOICES = "assessment.bank.gift.tooFewChoices";
    public static final String NUMERIC_NOT_NUMBER = "assessment.bank.gift.numericNotNumber";
    public static final String NUMERIC_RANGE_REVERSED = "assessment.bank.gift.numericRangeReversed";
    public static final String MATCHING_TOO_FEW_PAIRS = "assessment.bank.gift.matchingTooFewPairs";
    public static final String MATCHING_MISSING_ARROW = "assessment.bank.gift.matchingMissingArrow";

    /** Moodle asks for at least three pairs, so that the last pair is not given away. */
    public static final int MIN_MATCHING_PAIRS = 3;
    /** Where a missing-word question had its answers. */
    public static final String BLANK = "_____";

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal WEIGHT_SLACK = new BigDecimal("0.01");
    private static final int TITLE_LENGTH = 80;
    private static final Set<String> FORMATS = Set.of("html", "markdown", "plain", "moodle");
    private static final Pattern FORMAT_MARKER = Pattern.compile("\\[([a-z]+)]");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)T|TRUE|F|FALSE");
    private static final String CATEGORY = "$CATEGORY:";

    public ParseResult parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ParsedQuestion> questions = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        String category = null;
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty()) {
                if (block != null) {
                    new QuestionReader(block, questions, problems).read();
                    block = null;
                }
            } else if (trimmed.startsWith("//")) {
                // a comment line never ends a question: Moodle drops it from inside one as well
                continue;
            } else if (block == null && trimmed.startsWith(CATEGORY)) {
                String path = trimmed.substring(CATEGORY.length()).strip();
                category = path.isEmpty() ? null : path;
            } else {
                if (block == null) {
                    block = new Block(category);
                }
                block.add(lines[i], i + 1);
            }
        }
        if (block != null) {
            new QuestionReader(block, questions, problems).read();
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(BankProblem.of(0, EMPTY_BANK));
        }
        return new ParseResult(questions, problems);
    }

    /** The lines of one question joined by line breaks, remembering where each line starts. */
    private static final class Block {
        final String category;
        final StringBuilder text = new StringBuilder();
        final List<int[]> lineStarts = new ArrayList<>();

        Block(String category) {
            this.category = category;
        }

        void add(String line, int number) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            lineStarts.add(new int[] {text.length(), number});
            text.append(line);
        }

        int firstLine() {
            return lineStarts.getFirst()[1];
        }

        int lineAt(int offset) {
            int line = firstLine();
            for (int[] start : lineStarts) {
                if (start[0] <= offset) {
                    line = start[1];
                }
            }
            return line;
        }
    }

    /** A piece of the answer block that starts with {@code =} or {@code ~}; offset is into the whole question. */
    private record Piece(char marker, String body, int offset) {
    }

    /** Weight, text and feedback of one answer. */
    private record Answer(BigDecimal weight, String text, String feedback) {
    }

    private static final class QuestionReader {
        private final Block block;
        private final String s;
        private final List<ParsedQuestion> questions;
        private final List<BankProblem> bankProblems;
        private final List<BankProblem> problems = new ArrayList<>();

        QuestionReader(Block block, List<ParsedQuestion> questions, List<BankProblem> bankProblems) {
            this.block = block;
            this.s = block.text.toString();
            this.questions = questions;
            this.bankProblems = bankProblems;
        }

        void read() {
            ParsedQuestion question = question();
            if (problems.isEmpty() && question != null) {
                questions.add(question);
            }
            bankProblems.addAll(problems);
        }

        private ParsedQuestion question() {
            int pos = skipSpace(s, 0);
            String title = null;
            if (s.startsWith("::", pos)) {
                int end = indexOfUnescaped(s, "::", pos + 2);
                if (end < 0) {
                    problem(pos, UNCLOSED_TITLE);
                    return null;
                }
                title = unescape(s.substring(pos + 2, end)).strip();
                pos = end + 2;
            }
            pos = skipSpace(s, pos);
            Matcher marker = FORMAT_MARKER.matcher(s).region(pos, s.length());
            if (marker.lookingAt()) {
                if (!FORMATS.contains(marker.group(1))) {
                    problem(pos, UNKNOWN_MARKUP, marker.group());
                    return null;
                }
                pos = marker.end();
            }
            int open = indexOfUnescaped(s, "{", pos);
            int close = indexOfUnescaped(s, "}", pos);
            if (close >= 0 && (open < 0 || close < open)) {
                problem(close, UNMATCHED_CLOSING_BRACE);
                return null;
            }
            if (open < 0) {
                String text = unescape(s.substring(pos)).strip();
                if (text.isEmpty()) {
                    problem(pos, EMPTY_QUESTION_TEXT);
                    return null;
                }
                return build(title, text, QuestionType.DESCRIPTION, List.of(), List.of(), List.of(), null, null);
            }
            int nested = indexOfUnescaped(s, "{", open + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                problem(open, UNCLOSED_BRACE);
                return null;
            }
            int second = indexOfUnescaped(s, "{", close + 1);
            if (second >= 0) {
                problem(second, SECOND_ANSWER_BLOCK);
                return null;
            }
            int strayClose = indexOfUnescaped(s, "}", close + 1);
            if (strayClose >= 0) {
                problem(strayClose, UNMATCHED_CLOSING_BRACE);
                return null;
            }
            String after = s.substring(close + 1);
            // answers in the middle of the text make a missing-word question: the learner sees a blank there
            String raw = after.isBlank() ? s.substring(pos, open) : s.substring(pos, open) + BLANK + after;
            String text = unescape(raw).strip();
            if (text.isEmpty()) {
                problem(pos, EMPTY_QUESTION_TEXT);
                return null;
            }
            return answers(title, text, open + 1, close);
        }

        private ParsedQuestion answers(String title, String text, int from, int to) {
            String generalFeedback = null;
            int general = indexOfUnescaped(s, "####", from, to);
            if (general >= 0) {
                generalFeedback = clean(s.substring(general + 4, to));
                to = general;
            }
            String block = s.substring(from, to);
            int start = skipSpace(s, from);
            if (block.isBlank()) {
                return build(title, text, QuestionType.ESSAY, List.of(), List.of(), List.of(), null, generalFeedback);
            }
            if (s.charAt(start) == '#') {
                List<NumericAnswer> numbers = numeric(start + 1, to);
                return numbers == null ? null
                        : build(title, text, QuestionType.NUMERIC, List.of(), numbers, List.of(), null, generalFeedback);
            }
            List<String> parts = splitUnescaped(block, '#');
            if (TRUE_FALSE.matcher(parts.getFirst().strip()).matches()) {
                if (parts.size() > 3) {
                    problem(from, UNKNOWN_MARKUP, "#");
                    return null;
                }
                boolean correct = parts.getFirst().strip().toUpperCase(Locale.ROOT).startsWith("T");
                TrueFalseAnswer answer = new TrueFalseAnswer(correct,
                        parts.size() > 1 ? clean(parts.get(1)) : null,
                        parts.size() > 2 ? clean(parts.get(2)) : null);
                return build(title, text, QuestionType.TRUE_FALSE, List.of(), List.of(), List.of(), answer,
                        generalFeedback);
            }
            boolean hasRight = indexOfUnescaped(s, "=", from, to) >= 0;
            boolean hasWrong = indexOfUnescaped(s, "~", from, to) >= 0;
            if (hasRight && indexOfUnescaped(s, "->", from, to) >= 0) {
                List<MatchPair> pairs = matching(from, to);
                return pairs == null ? null
                        : build(title, text, QuestionType.MATCHING, List.of(), List.of(), pairs, null, generalFeedback);
            }
            if (!hasRight && !hasWrong) {
                problem(from, UNKNOWN_MARKUP, block.strip());
                return null;
            }
            QuestionType type = !hasWrong ? QuestionType.SHORT_ANSWER
                    : hasRight ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
            List<Choice> choices = choices(type, from, to);
            return choices == null ? null
                    : build(title, text, type, choices, List.of(), List.of(), null, generalFeedback);
        }

        private List<Choice> choices(QuestionType type, int from, int to) {
            List<Piece> pieces = pieces(from, to, "=~");
            if (pieces == null) {
                return null;
            }
            List<Choice> choices = new ArrayList<>();
            for (Piece piece : pieces) {
                Answer answer = answer(piece, piece.marker() == '=' ? HUNDRED : BigDecimal.ZERO);
                if (answer != null) {
                    choices.add(new Choice(answer.text(), answer.weight(), answer.feedback()));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            if (type != QuestionType.SHORT_ANSWER && choices.size() < 2) {
                problem(from, TOO_FEW_CHOICES, choices.size());
                return null;
            }
            if (type == QuestionType.SINGLE_CHOICE) {
                if (choices.stream().noneMatch(c -> c.weight().compareTo(HUNDRED) == 0)) {
                    problem(from, NO_RIGHT_ANSWER);
                }
            } else if (type == QuestionType.SHORT_ANSWER) {
                if (choices.stream().noneMatch(Choice::isRight)) {
                    problem(from, NO_RIGHT_ANSWER);
                }
            } else {
                BigDecimal sum = choices.stream().map(Choice::weight).filter(w -> w.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.signum() == 0) {
                    problem(from, NO_RIGHT_ANSWER);
                } else if (sum.subtract(HUNDRED).abs().compareTo(WEIGHT_SLACK) > 0) {
                    problem(from, WEIGHTS_NOT_HUNDRED, sum.stripTrailingZeros().toPlainString());
                }
            }
            return problems.isEmpty() ? choices : null;
        }

        private List<MatchPair> matching(int from, int to) {
            List<Piece> pieces = pieces(from, to, "=");
            if (pieces == null) {
                return null;
            }
            List<MatchPair> pairs = new ArrayList<>();
            for (Piece piece : pieces) {
                int arrow = indexOfUnescaped(piece.body(), "->", 0);
                if (arrow < 0) {
                    problem(piece.offset(), MATCHING_MISSING_ARROW, unescape(piece.body()).strip());
                    continue;
                }
                String left = unescape(piece.body().substring(0, arrow)).strip();
                String right = unescape(piece.body().substring(arrow + 2)).strip();
                if (right.isEmpty()) {
                    problem(piece.offset(), EMPTY_ANSWER);
                    continue;
                }
                pairs.add(new MatchPair(left, right));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            if (pairs.size() < MIN_MATCHING_PAIRS) {
                problem(from, MATCHING_TOO_FEW_PAIRS, pairs.size(), MIN_MATCHING_PAIRS);
                return null;
            }
            return pairs;
        }

        private List<NumericAnswer> numeric(int from, int to) {
            List<Piece> pieces;
            if (indexOfUnescaped(s, "=", from, to) >= 0) {
                pieces = pieces(from, to, "=");
                if (pieces == null) {
                    return null;
                }
            } else {
                pieces = List.of(new Piece('=', s.substring(from, to), from));
            }
            List<NumericAnswer> answers = new ArrayList<>();
            for (Piece piece : pieces) {
                Answer answer = answer(piece, HUNDRED);
                if (answer == null) {
                    continue;
                }
                int line = block.lineAt(piece.offset());
                String spec = answer.text();
                try {
                    int dots = spec.indexOf("..");
                    if (dots >= 0) {
                        BigDecimal min = number(spec.substring(0, dots));
                        BigDecimal max = number(spec.substring(dots + 2));
                        if (min.compareTo(max) > 0) {
                            problems.add(BankProblem.of(line, NUMERIC_RANGE_REVERSED, min.toPlainString(),
                                    max.toPlainString()));
                            continue;
                        }
                        answers.add(NumericAnswer.range(min, max, answer.weight(), answer.feedback()));
                    } else {
                        int colon = spec.indexOf(':');
                        BigDecimal value = number(colon < 0 ? spec : spec.substring(0, colon));
                        BigDecimal tolerance = colon < 0 ? BigDecimal.ZERO : number(spec.substring(colon + 1));
                        answers.add(NumericAnswer.tolerance(value, tolerance, answer.weight(), answer.feedback()));
                    }
                } catch (NumberFormatException e) {
                    problems.add(BankProblem.of(line, NUMERIC_NOT_NUMBER, spec));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            if (answers.stream().noneMatch(a -> a.weight().signum() > 0)) {
                problem(from, NO_RIGHT_ANSWER);
                return null;
            }
            return answers;
        }

        private static BigDecimal number(String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                throw new NumberFormatException("empty");
            }
            return new BigDecimal(trimmed);
        }

        /** Splits s[from, to) where an unescaped marker starts an answer; text before the first is a problem. */
        private List<Piece> pieces(int from, int to, String markers) {
            List<Piece> pieces = new ArrayList<>();
            int start = -1;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (markers.indexOf(c) >= 0) {
                    if (start < 0) {
                        String before = s.substring(from, i);
                        if (!before.isBlank()) {
                            problem(from, UNKNOWN_MARKUP, unescape(before).strip());
                            return null;
                        }
                    } else {
                        pieces.add(new Piece(s.charAt(start), s.substring(start + 1, i), start + 1));
                    }
                    start = i;
                }
            }
            if (start < 0) {
                problem(from, UNKNOWN_MARKUP, unescape(s.substring(from, to)).strip());
                return null;
            }
            pieces.add(new Piece(s.charAt(start), s.substring(start + 1, to), start + 1));
            return pieces;
        }

        /** Reads {@code %weight%text#feedback}; reports and returns null when the weight or the text is wrong. */
        private Answer answer(Piece piece, BigDecimal defaultWeight) {
            String body = piece.body();
            int at = skipSpace(body, 0);
            BigDecimal weight = defaultWeight;
            if (body.startsWith("%", at)) {
                int end = body.indexOf('%', at + 1);
                String written = end < 0 ? body.substring(at).strip() : body.substring(at + 1, end).strip();
                try {
                    if (end < 0) {
                        throw new NumberFormatException("no closing %");
                    }
                    weight = new BigDecimal(written);
                } catch (NumberFormatException e) {
                    problem(piece.offset(), INVALID_WEIGHT, written);
                    return null;
                }
                if (weight.abs().compareTo(HUNDRED) > 0) {
                    problem(piece.offset(), WEIGHT_OUT_OF_RANGE, weight.toPlainString());
                    return null;
                }
                at = end + 1;
            }
            String rest = body.substring(at);
            int hash = indexOfUnescaped(rest, "#", 0);
            String text = unescape(hash < 0 ? rest : rest.substring(0, hash)).strip();
            String feedback = hash < 0 ? null : clean(rest.substring(hash + 1));
            if (text.isEmpty()) {
                problem(piece.offset(), EMPTY_ANSWER);
                return null;
            }
            return new Answer(weight, text, feedback);
        }

        private ParsedQuestion build(String title, String text, QuestionType type, List<Choice> choices,
                                     List<NumericAnswer> numbers, List<MatchPair> pairs, TrueFalseAnswer trueFalse,
                                     String generalFeedback) {
            String name = title == null || title.isEmpty() ? defaultTitle(text) : title;
            return new ParsedQuestion(block.category, name, text, type, choices, numbers, pairs, trueFalse,
                    generalFeedback, block.firstLine());
        }

        private void problem(int offset, String key, Object... arguments) {
            problems.add(BankProblem.of(block.lineAt(offset), key, arguments));
        }
    }

    /** Like Moodle, a question without a title is named after the start of its text. */
    static String defaultTitle(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= TITLE_LENGTH ? flat : flat.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private static String clean(String raw) {
        String text = unescape(raw).strip();
        return text.isEmpty() ? null : text;
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int indexOfUnescaped(String s, String needle, int from) {
        return indexOfUnescaped(s, needle, from, s.length());
    }

    /** The first place of needle in s[from, to) that is not preceded by an escaping backslash, or -1. */
    static int indexOfUnescaped(String s, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /**
     * Resolves GIFT's escapes: {@code \~ \= \# \{ \} \: \\} stand for the character, {@code \n} for a line break.
     * Any other backslash is kept, as Moodle does.
     */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
