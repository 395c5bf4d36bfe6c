package id.akademikoperasi.assessment.infrastructure.aiken;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question bank in the Aiken format: single-choice questions, each a question line, option lines
 * {@code A.} or {@code A)}, and an {@code ANSWER: B} line.
 *
 * <pre>{@code
 * ParseResult result = new AikenParser().parse("""
 *         Siapa pemilik koperasi?
 *         A. Pemerintah
 *         B. Anggotanya
 *         ANSWER: B
 *         """);
 * result.questions().getFirst().rightChoices();   // [Choice[text=Anggotanya, weight=100, feedback=null]]
 * }</pre>
 *
 * <p>The question text may run over several lines; blank lines between questions are allowed but not needed,
 * because the {@code ANSWER:} line ends a question. A question with a problem is left out and every problem is
 * reported with its 1-based line. The parser keeps no state: one instance may be shared.
 */
public final class AikenParser {

    public static final String EMPTY_BANK = "assessment.bank.emptyBank";
    public static final String MISSING_ANSWER = "assessment.bank.aiken.missingAnswer";
    public static final String ANSWER_NOT_AN_OPTION = "assessment.bank.aiken.answerNotAnOption";
    public static final String TOO_FEW_OPTIONS = "assessment.bank.aiken.tooFewOptions";
    public static final String ANSWER_WITHOUT_QUESTION = "assessment.bank.aiken.answerWithoutQuestion";

    public static final int MIN_OPTIONS = 2;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s+(\\S.*)");
    private static final Pattern ANSWER = Pattern.compile("ANSWER\\s*:\\s*(\\S*)\\s*");
    private static final int TITLE_LENGTH = 80;

    public ParseResult parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ParsedQuestion> questions = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (pending == null) {
                    problems.add(BankProblem.of(number, ANSWER_WITHOUT_QUESTION));
                } else {
                    pending.finish(answer.group(1), number, questions, problems);
                    pending = null;
                }
            } else if (pending != null && option.matches()) {
                pending.options.add(new String[] {option.group(1), option.group(2).strip()});
            } else if (pending != null && pending.options.isEmpty()) {
                pending.text.append('\n').append(line);
            } else {
                if (pending != null) {
                    // options were read and a new question begins: the previous one never got its ANSWER line
                    problems.add(BankProblem.of(pending.line, MISSING_ANSWER));
                }
                pending = new Pending(number, line);
            }
        }
        if (pending != null) {
            problems.add(BankProblem.of(pending.line, MISSING_ANSWER));
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(BankProblem.of(0, EMPTY_BANK));
        }
        return new ParseResult(questions, problems);
    }

    private static final class Pending {
        final int line;
        final StringBuilder text;
        final List<String[]> options = new ArrayList<>();

        Pending(int line, String first) {
            this.line = line;
            this.text = new StringBuilder(first);
        }

        void finish(String letter, int answerLine, List<ParsedQuestion> questions, List<BankProblem> problems) {
            if (options.size() < MIN_OPTIONS) {
                problems.add(BankProblem.of(line, TOO_FEW_OPTIONS, options.size(), MIN_OPTIONS));
                return;
            }
            if (options.stream().noneMatch(o -> o[0].equals(letter))) {
                problems.add(BankProblem.of(answerLine, ANSWER_NOT_AN_OPTION, letter));
                return;
            }
            List<Choice> choices = options.stream()
                    .map(o -> new Choice(o[1], o[0].equals(letter) ? HUNDRED : BigDecimal.ZERO, null))
                    .toList();
            String question = text.toString();
            String flat = question.replaceAll("\\s+", " ");
            String title = flat.length() <= TITLE_LENGTH ? flat : flat.substring(0, TITLE_LENGTH - 1) + "…";
            questions.add(new ParsedQuestion(null, title, question, QuestionType.SINGLE_CHOICE, choices, List.of(),
                    List.of(), null, null, line));
        }
    }
}
