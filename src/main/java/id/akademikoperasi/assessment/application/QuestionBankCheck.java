package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.infrastructure.aiken.AikenParser;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Checks a question bank as written, so that a course package with a broken bank is refused at import with the
 * bank's lines named, before anyone takes an exam from it.
 *
 * <pre>{@code
 * List<BankProblem> problems = check.problems(Format.GIFT, text);   // empty: the bank is usable
 * }</pre>
 */
@ApplicationScoped
public class QuestionBankCheck {

    public enum Format { GIFT, AIKEN }

    private final GiftParser gift = new GiftParser();
    private final AikenParser aiken = new AikenParser();

    public ParseResult parse(Format format, String text) {
        return format == Format.AIKEN ? aiken.parse(text) : gift.parse(text);
    }

    public List<BankProblem> problems(Format format, String text) {
        return parse(format, text).problems();
    }
}
