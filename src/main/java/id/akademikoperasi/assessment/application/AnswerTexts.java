package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers as texts for a review: what a member gave and what the bank accepts. True/false come out as "true" and
 * "false" (the page words them), numbers in the reader's notation (12,5 in Indonesian).
 *
 * <pre>{@code
 * AnswerTexts.right(question, locale);              // ["Simpanan anggota"] or ["Pengurus (50 %)", "Pengawas (50 %)"]
 * AnswerTexts.given(question, response, locale);    // ["Pinjaman bank"]
 * }</pre>
 */
final class AnswerTexts {

    private static final String ARROW = " → ";

    private AnswerTexts() {
    }

    static List<String> given(ParsedQuestion question, Response response, Locale locale) {
        return switch (response) {
            case Response.Choices c -> c.chosen().stream().sorted()
                    .filter(i -> i < question.choices().size()).map(i -> question.choices().get(i).text()).toList();
            case Response.Bool b -> List.of(String.valueOf(b.value()));
            case Response.Text t -> t.text().isBlank() ? List.of() : List.of(t.text());
            case Response.Number n -> n.typed().isBlank() ? List.of() : List.of(n.typed());
            case Response.Matches m -> m.rightForLeft().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .filter(e -> e.getKey() < question.pairs().size())
                    .map(e -> question.pairs().get(e.getKey()).left() + ARROW + e.getValue()).toList();
        };
    }

    static List<String> right(ParsedQuestion question, Locale locale) {
        List<String> right = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_ANSWER -> {
                for (Choice c : question.rightChoices()) {
                    boolean full = c.weight().compareTo(BigDecimal.valueOf(100)) >= 0;
                    right.add(full ? c.text() : c.text() + " (" + number(c.weight(), locale) + " %)");
                }
            }
            case TRUE_FALSE -> right.add(String.valueOf(question.trueFalse().correct()));
            case NUMERIC -> {
                for (NumericAnswer a : question.numericAnswers()) {
                    if (a.weight().signum() > 0) {
                        right.add(a.isRange() ? number(a.min(), locale) + " – " + number(a.max(), locale)
                                : a.tolerance().signum() == 0 ? number(a.value(), locale)
                                : number(a.value(), locale) + " ± " + number(a.tolerance(), locale));
                    }
                }
            }
            case MATCHING -> {
                for (MatchPair p : question.pairs()) {
                    if (!p.left().isEmpty()) {
                        right.add(p.left() + ARROW + p.right());
                    }
                }
            }
            default -> {
            }
        }
        return right;
    }

    private static String number(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
