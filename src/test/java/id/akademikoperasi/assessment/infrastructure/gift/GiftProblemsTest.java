package id.akademikoperasi.assessment.infrastructure.gift;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every problem is reported with the line where it is, and the question that has it is left out. */
class GiftProblemsTest {

    private final GiftParser parser = new GiftParser();

    private List<BankProblem> problems(String gift) {
        ParseResult result = parser.parse(gift);
        assertFalse(result.isClean());
        return result.problems();
    }

    @Test
    void unclosedBraceIsReportedWhereItOpens() {
        assertEquals(List.of(BankProblem.of(4, GiftParser.UNCLOSED_BRACE)), problems("""
                ::Q1::Fine.{T}

                ::Q2::Who is
                buried here?{=no one ~Grant
                ~Lee
                """));
    }

    @Test
    void braceOpenedTwiceIsUnclosed() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNCLOSED_BRACE)), problems("Who? {=a ~b {=c}"));
    }

    @Test
    void closingBraceWithoutOpening() {
        assertEquals(List.of(BankProblem.of(2, GiftParser.UNMATCHED_CLOSING_BRACE)), problems("""
                Who is
                buried} here?{=a ~b}
                """));
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNMATCHED_CLOSING_BRACE)), problems("Who? {=a ~b}}"));
    }

    @Test
    void secondAnswerBlock() {
        assertEquals(List.of(BankProblem.of(2, GiftParser.SECOND_ANSWER_BLOCK)), problems("""
                Grant is {~buried =entombed}
                in {=Grant's ~Lee's} tomb.
                """));
    }

    @Test
    void choiceQuestionWithoutARightAnswer() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.NO_RIGHT_ANSWER)), problems("Who?{~a ~b ~c}"));
        assertEquals(List.of(BankProblem.of(2, GiftParser.NO_RIGHT_ANSWER)),
                problems("// only partial credit\nWho?{=%50%a ~b}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.NO_RIGHT_ANSWER)), problems("How many?{#=%0%3 =%-50%4}"));
    }

    @Test
    void weightsOfMultipleAnswersMustAddUpToHundred() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.WEIGHTS_NOT_HUNDRED, "90")),
                problems("Which?{~%50%a ~%40%b ~%-100%c}"));
        // a third each is close enough: Moodle rounds the same way
        ParseResult thirds = parser.parse("Which?{~%33.333%a ~%33.333%b ~%33.333%c ~%-100%d}");
        assertEquals(List.of(), thirds.problems());
        assertEquals(List.of(BankProblem.of(1, GiftParser.WEIGHTS_NOT_HUNDRED, "99.98")),
                problems("Which?{~%33.33%a ~%33.33%b ~%33.32%c}"));
    }

    @Test
    void unknownMarkup() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNKNOWN_MARKUP, "[latex]")), problems("[latex]Is it?{T}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNKNOWN_MARKUP, "maybe")), problems("Is it?{maybe}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNKNOWN_MARKUP, "a")), problems("Is it?{a =b ~c}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNKNOWN_MARKUP, "#")), problems("Is it?{T#a#b#c}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.UNCLOSED_TITLE)), problems("::Title without end {T}"));
    }

    @Test
    void capitalisedBracketsAreText() {
        ParsedQuestion q = parser.parse("[Pilih satu] Siapa?{=a ~b}").questions().getFirst();
        assertEquals("[Pilih satu] Siapa?", q.text());
    }

    @Test
    void emptyAnswers() {
        assertEquals(List.of(BankProblem.of(3, GiftParser.EMPTY_ANSWER)), problems("""
                Who? {
                    =Grant
                    ~   #feedback without an answer
                }
                """));
        assertEquals(List.of(BankProblem.of(1, GiftParser.EMPTY_ANSWER)), problems("Who?{=a ~%50%}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.EMPTY_ANSWER)), problems("How many?{#}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.EMPTY_ANSWER)), problems("Pair.{=a -> 1 =b -> 2 =c -> }"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.EMPTY_QUESTION_TEXT)), problems("{=a ~b}"));
    }

    @Test
    void numericAnswerThatIsNotANumber() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.NUMERIC_NOT_NUMBER, "abc")), problems("How many?{#abc}"));
        assertEquals(List.of(BankProblem.of(3, GiftParser.NUMERIC_NOT_NUMBER, "8,5")), problems("""
                What percentage? {#
                    =8.5:0.1
                    =8,5
                }
                """));
        assertEquals(List.of(BankProblem.of(1, GiftParser.NUMERIC_NOT_NUMBER, "1..x")), problems("Range?{#1..x}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.NUMERIC_NOT_NUMBER, "3:")), problems("Pi?{#3:}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.NUMERIC_RANGE_REVERSED, "5", "1")), problems("Range?{#5..1}"));
    }

    @Test
    void weightsThatAreNotNumbersOrTooLarge() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.INVALID_WEIGHT, "half")), problems("Who?{=a ~%half%b}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.INVALID_WEIGHT, "%50 b")), problems("Who?{=a ~%50 b}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.WEIGHT_OUT_OF_RANGE, "150")), problems("Who?{=a ~%150%b}"));
        assertEquals(List.of(BankProblem.of(1, GiftParser.WEIGHT_OUT_OF_RANGE, "-150")), problems("Who?{=a ~%-150%b}"));
    }

    @Test
    void tooFewChoices() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.TOO_FEW_CHOICES, 1)), problems("Who?{~%100%a}"));
    }

    @Test
    void matchingNeedsThreePairsAndArrows() {
        assertEquals(List.of(BankProblem.of(1, GiftParser.MATCHING_TOO_FEW_PAIRS, 2, 3)), problems("""
                Which animal eats which food? {
                    =cat -> cat food
                    =dog -> dog food
                }
                """));
        assertEquals(List.of(BankProblem.of(3, GiftParser.MATCHING_MISSING_ARROW, "c 3")), problems("""
                Match. {=a -> 1
                    =b -> 2
                    =c 3 }
                """));
    }

    @Test
    void emptyBank() {
        assertEquals(List.of(BankProblem.of(0, GiftParser.EMPTY_BANK)), problems(""));
        assertEquals(List.of(BankProblem.of(0, GiftParser.EMPTY_BANK)), problems("// only a comment\n\n$CATEGORY: x\n"));
    }

    @Test
    void allProblemsAreReportedAndOnlySoundQuestionsKept() {
        ParseResult result = parser.parse("""
                ::Q1::Good one.{T}

                ::Q2::Bad weights.{~%50%a ~%10%b}

                ::Q3::Also good.{=yes ~no}

                ::Q4::Not a number.{#ten}

                ::Q5::Open {=a ~b
                """);
        assertEquals(List.of("Q1", "Q3"), result.questions().stream().map(ParsedQuestion::title).toList());
        assertEquals(List.of(
                BankProblem.of(3, GiftParser.WEIGHTS_NOT_HUNDRED, "60"),
                BankProblem.of(7, GiftParser.NUMERIC_NOT_NUMBER, "ten"),
                BankProblem.of(9, GiftParser.UNCLOSED_BRACE)), result.problems());
    }

    @Test
    void windowsLineEndsAndByteOrderMarkCountLinesTheSame() {
        ParseResult result = parser.parse("\uFEFF// c\r\n\r\nWho?{~a ~b}\r\n");
        assertEquals(List.of(BankProblem.of(3, GiftParser.NO_RIGHT_ANSWER)), result.problems());
    }
}
