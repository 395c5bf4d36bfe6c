package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.QuestionDraw;
import id.akademikoperasi.assessment.infrastructure.aiken.AikenParser;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a question bank as written, so that a course package with a broken bank is refused at import with the
 * bank's lines named, before anyone takes an exam from it; and tells authors what an exam can draw from it.
 *
 * <pre>{@code
 * List<BankProblem> problems = check.problems(Format.GIFT, text);   // empty: the bank is usable
 * check.detect(text);                                               // Optional[AIKEN] for "…\nANSWER: B"
 * check.drawable(questions, "KOP-01/Dasar");                        // how many an exam may draw from there
 * }</pre>
 */
@ApplicationScoped
public class QuestionBankCheck {

    public enum Format { GIFT, AIKEN }

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^[ \\t]*ANSWER[ \\t]*:");
    private static final Pattern GIFT_MARKS = Pattern.compile("(?m)(^[ \\t]*(::|\\$CATEGORY:))|((?<!\\\\)\\{)");

    private final GiftParser gift = new GiftParser();
    private final AikenParser aiken = new AikenParser();

    public ParseResult parse(Format format, String text) {
        return format == Format.AIKEN ? aiken.parse(text) : gift.parse(text);
    }

    public List<BankProblem> problems(Format format, String text) {
        return parse(format, text).problems();
    }

    /**
     * The format a bank is written in, when its text says so unambiguously: Aiken has {@code ANSWER:} lines and
     * no GIFT marks, GIFT has answer blocks {@code {…}}, {@code ::titles::} or {@code $CATEGORY:} lines and no
     * {@code ANSWER:} line. Empty when it has both or neither: then the author has to say.
     */
    public Optional<Format> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        boolean aikenLike = AIKEN_ANSWER.matcher(text).find();
        boolean giftLike = GIFT_MARKS.matcher(text).find();
        if (aikenLike == giftLike) {
            return Optional.empty();
        }
        return Optional.of(aikenLike ? Format.AIKEN : Format.GIFT);
    }

    /**
     * How many questions an exam can draw from the bank, by the rules of the draw itself: only questions that are
     * marked at once (no essays or descriptions), of the category or its subcategories when one is given.
     *
     * @param categoryOrNull {@code null} or blank for the whole bank
     */
    public int drawable(List<ParsedQuestion> questions, String categoryOrNull) {
        return QuestionDraw.draw(questions, questions.size(), categoryOrNull, 0L).size();
    }

    /**
     * Every category an exam could be limited to, sorted: those the questions name and the parents of those
     * ({@code KOP-01/Dasar} also offers {@code KOP-01}), where at least one question can be drawn.
     */
    public List<String> categories(List<ParsedQuestion> questions) {
        TreeSet<String> found = new TreeSet<>();
        for (ParsedQuestion q : questions) {
            String category = q.category();
            while (category != null && !category.isBlank()) {
                found.add(category);
                int slash = category.lastIndexOf('/');
                category = slash < 0 ? null : category.substring(0, slash);
            }
        }
        return found.stream().filter(c -> drawable(questions, c) > 0).toList();
    }
}
