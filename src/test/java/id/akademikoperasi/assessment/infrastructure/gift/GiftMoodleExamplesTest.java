package id.akademikoperasi.assessment.infrastructure.gift;

import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import id.akademikoperasi.assessment.domain.bank.TrueFalseAnswer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples of Moodle's GIFT documentation page, each read to the structure Moodle would import. */
class GiftMoodleExamplesTest {

    private final GiftParser parser = new GiftParser();

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Choice choice(String text, String weight, String feedback) {
        return new Choice(text, d(weight), feedback);
    }

    /** Parses a bank that must be clean and have exactly one question. */
    private ParsedQuestion one(String gift) {
        ParseResult result = parser.parse(gift);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.questions().size());
        return result.questions().getFirst();
    }

    @Test
    void multipleChoiceWithTitleAndCommentOverSeveralLines() {
        ParsedQuestion q = one("""
                // question: 1 name: Grants tomb
                ::Grants tomb::Who is buried in Grant's tomb in New York City? {
                =Grant
                ~No one
                #Was true for 12 years, but Grant's remains were buried in the tomb in 1897
                ~Napoleon
                #He was buried in France
                ~Churchill
                #He was buried in England
                ~Mother Teresa
                #She was buried in India
                }
                """);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Grants tomb", q.title());
        assertEquals("Who is buried in Grant's tomb in New York City?", q.text());
        assertEquals(2, q.line());
        assertNull(q.category());
        assertNull(q.generalFeedback());
        assertEquals(List.of(
                choice("Grant", "100", null),
                choice("No one", "0", "Was true for 12 years, but Grant's remains were buried in the tomb in 1897"),
                choice("Napoleon", "0", "He was buried in France"),
                choice("Churchill", "0", "He was buried in England"),
                choice("Mother Teresa", "0", "She was buried in India")), q.choices());
        assertEquals(List.of(), q.numericAnswers());
        assertEquals(List.of(), q.pairs());
        assertNull(q.trueFalse());
    }

    @Test
    void shortMultipleChoiceWithoutTitleIsNamedAfterItsText() {
        ParsedQuestion q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Who's buried in Grant's tomb?", q.title());
        assertEquals(List.of(choice("Grant", "0", null), choice("Jefferson", "0", null),
                choice("no one", "100", null)), q.choices());
        assertEquals(List.of(choice("no one", "100", null)), q.rightChoices());
    }

    @Test
    void missingWordInTheMiddleOfTheText() {
        ParsedQuestion q = one("Moodle costs {~lots of money =nothing ~a small amount} to download.");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Moodle costs _____ to download.", q.text());
        assertEquals(List.of(choice("lots of money", "0", null), choice("nothing", "100", null),
                choice("a small amount", "0", null)), q.choices());

        ParsedQuestion grant = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertEquals("Grant is _____ in Grant's tomb.", grant.text());
    }

    @Test
    void trueFalseInAllFourSpellings() {
        ParsedQuestion f = one("Grant is buried in Grant's tomb.{F}");
        assertEquals(QuestionType.TRUE_FALSE, f.type());
        assertEquals("Grant is buried in Grant's tomb.", f.text());
        assertEquals(new TrueFalseAnswer(false, null, null), f.trueFalse());
        assertEquals(new TrueFalseAnswer(true, null, null), one("The sun rises in the east.{T}").trueFalse());
        assertEquals(new TrueFalseAnswer(true, null, null), one("The sun rises in the east.{TRUE}").trueFalse());
        assertEquals(new TrueFalseAnswer(false, null, null), one("The sun rises in the west.{FALSE}").trueFalse());
    }

    @Test
    void trueFalseFeedbackIsWrongThenRight() {
        ParsedQuestion q = one("Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.#Right, no one is.}");
        assertEquals(new TrueFalseAnswer(false, "No one is buried in Grant's tomb.", "Right, no one is."),
                q.trueFalse());
        ParsedQuestion onlyWrong = one("The sun rises in the west.{F#The sun rises in the east.}");
        assertEquals(new TrueFalseAnswer(false, "The sun rises in the east.", null), onlyWrong.trueFalse());
    }

    @Test
    void shortAnswerHasOnlyRightAnswers() {
        ParsedQuestion q = one("Who's buried in Grant's tomb?{=no one =nobody}");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals(List.of(choice("no one", "100", null), choice("nobody", "100", null)), q.choices());

        ParsedQuestion missing = one("Two plus two equals {=four =4}.");
        assertEquals(QuestionType.SHORT_ANSWER, missing.type());
        assertEquals("Two plus two equals _____.", missing.text());
        assertEquals(List.of(choice("four", "100", null), choice("4", "100", null)), missing.choices());
    }

    @Test
    void numericWithTolerance() {
        ParsedQuestion q = one("When was Ulysses S. Grant born?{#1822:5}");
        assertEquals(QuestionType.NUMERIC, q.type());
        assertEquals("When was Ulysses S. Grant born?", q.text());
        NumericAnswer answer = q.numericAnswers().getFirst();
        assertEquals(1, q.numericAnswers().size());
        assertEquals(NumericAnswer.tolerance(d("1822"), d("5"), d("100"), null), answer);
        assertEquals(d("1817"), answer.min());
        assertEquals(d("1827"), answer.max());
        assertTrue(answer.accepts(d("1827")));
        assertFalse(answer.accepts(d("1827.01")));
        assertFalse(answer.isRange());
    }

    @Test
    void numericPiWithToleranceAndWithRange() {
        ParsedQuestion tolerance = one("What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}.");
        assertEquals("What is the value of pi (to 3 decimal places)? _____.", tolerance.text());
        assertEquals(List.of(NumericAnswer.tolerance(d("3.14159"), d("0.0005"), d("100"), null)),
                tolerance.numericAnswers());

        ParsedQuestion range = one("What is the value of pi (to 3 decimal places)? {#3.141..3.142}.");
        NumericAnswer answer = range.numericAnswers().getFirst();
        assertTrue(answer.isRange());
        assertEquals(NumericAnswer.range(d("3.141"), d("3.142"), d("100"), null), answer);
        assertTrue(answer.accepts(d("3.1415")));
        assertFalse(answer.accepts(d("3.143")));

        assertEquals(List.of(NumericAnswer.range(d("1"), d("5"), d("100"), null)),
                one("Pick a number from one to five.{#1..5}").numericAnswers());
    }

    @Test
    void numericWithSeveralWeightedAnswers() {
        ParsedQuestion q = one("""
                When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! 100% credit
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                }
                """);
        assertEquals(List.of(
                NumericAnswer.tolerance(d("1822"), d("0"), d("100"), "Correct! 100% credit"),
                NumericAnswer.tolerance(d("1822"), d("2"), d("50"), "He was born in 1822. Half credit for being close.")),
                q.numericAnswers());

        ParsedQuestion pi = one("What is pi? {# =%100%3.14:0 =%50%3:0.5}");
        assertEquals(List.of(NumericAnswer.tolerance(d("3.14"), d("0"), d("100"), null),
                NumericAnswer.tolerance(d("3"), d("0.5"), d("50"), null)), pi.numericAnswers());
    }

    @Test
    void matchingCountriesAndCapitalsWithGeneralFeedback() {
        ParsedQuestion q = one("""
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan  -> Tokyo
                    =India  -> New Delhi
                    ####It's good to know the capitals
                    }
                """);
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals("Match the following countries with their corresponding capitals.", q.text());
        assertEquals(List.of(new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"),
                new MatchPair("Japan", "Tokyo"), new MatchPair("India", "New Delhi")), q.pairs());
        assertEquals("It's good to know the capitals", q.generalFeedback());
        assertEquals(List.of(), q.choices());
    }

    @Test
    void matchingOnOneLineWithADistractor() {
        ParsedQuestion q = one("Which animal eats which food? { =cat -> cat food =dog -> dog food = -> bird seed }");
        assertEquals(List.of(new MatchPair("cat", "cat food"), new MatchPair("dog", "dog food"),
                new MatchPair("", "bird seed")), q.pairs());
    }

    @Test
    void weightsForPartialCredit() {
        ParsedQuestion difficult = one("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}");
        assertEquals(List.of(choice("wrong answer", "0", null), choice("half credit answer", "50", null),
                choice("full credit answer", "100", null)), difficult.choices());

        ParsedQuestion q = one("""
                ::Jesus' hometown::Jesus Christ was from {
                    ~Jerusalem#This was an important city, but the wrong answer.
                    ~%25%Bethlehem#He was born here, but not raised here.
                    ~%50%Galilee#You need to be more specific.
                    =Nazareth#Yes! That's right!
                }.
                """);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Jesus' hometown", q.title());
        assertEquals("Jesus Christ was from _____.", q.text());
        assertEquals(List.of(
                choice("Jerusalem", "0", "This was an important city, but the wrong answer."),
                choice("Bethlehem", "25", "He was born here, but not raised here."),
                choice("Galilee", "50", "You need to be more specific."),
                choice("Nazareth", "100", "Yes! That's right!")), q.choices());

        ParsedQuestion shortWeights = one("""
                ::Jesus' hometown:: Jesus Christ was from {
                    =Nazareth#Yes! That's right!
                    =%75%Nazereth#Right, but misspelled.
                    =%25%Bethlehem#He was born here, but not raised here.
                }
                """);
        assertEquals(QuestionType.SHORT_ANSWER, shortWeights.type());
        assertEquals(List.of(choice("Nazareth", "100", "Yes! That's right!"),
                choice("Nazereth", "75", "Right, but misspelled."),
                choice("Bethlehem", "25", "He was born here, but not raised here.")), shortWeights.choices());
    }

    @Test
    void multipleAnswersWithNegativeWeights() {
        ParsedQuestion q = one("""
                What two people are entombed in Grant's tomb? {
                    ~%-100%No one
                    ~%50%Grant
                    ~%50%Grant's wife
                    ~%-100%Grant's father
                }
                """);
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
        assertEquals("What two people are entombed in Grant's tomb?", q.text());
        assertEquals(List.of(choice("No one", "-100", null), choice("Grant", "50", null),
                choice("Grant's wife", "50", null), choice("Grant's father", "-100", null)), q.choices());
        assertEquals(2, q.rightChoices().size());
    }

    @Test
    void negativeWeightOnARightMarker() {
        ParsedQuestion q = one("Pick the capital of Italy.{=Rome =%-25%Milan ~Paris}");
        assertEquals(List.of(choice("Rome", "100", null), choice("Milan", "-25", null), choice("Paris", "0", null)),
                q.choices());
    }

    @Test
    void feedbackOnEveryAnswer() {
        ParsedQuestion q = one("""
                What's the answer to this multiple-choice question? {
                    ~wrong answer#feedback comment on the wrong answer
                    ~another wrong answer#feedback comment on this wrong answer
                    =right answer#Very good!}
                """);
        assertEquals(List.of(choice("wrong answer", "0", "feedback comment on the wrong answer"),
                choice("another wrong answer", "0", "feedback comment on this wrong answer"),
                choice("right answer", "100", "Very good!")), q.choices());

        ParsedQuestion shortAnswer = one("""
                Who's buried in Grant's tomb?{
                    =no one#excellent answer!
                    =nobody#excellent answer too!}
                """);
        assertEquals(List.of(choice("no one", "100", "excellent answer!"),
                choice("nobody", "100", "excellent answer too!")), shortAnswer.choices());
    }

    @Test
    void generalFeedbackOnEveryType() {
        ParsedQuestion choice = one("What is the capital of France?{=Paris ~London ####Paris has been the capital since 987.}");
        assertEquals("Paris has been the capital since 987.", choice.generalFeedback());
        assertEquals(List.of(choice("Paris", "100", null), choice("London", "0", null)), choice.choices());

        ParsedQuestion trueFalse = one("The sun rises in the east.{T#wrong#right####The earth turns eastwards.}");
        assertEquals(new TrueFalseAnswer(true, "wrong", "right"), trueFalse.trueFalse());
        assertEquals("The earth turns eastwards.", trueFalse.generalFeedback());

        ParsedQuestion numeric = one("How many hours are in a day?{#24####A day has 24 hours.}");
        assertEquals(List.of(NumericAnswer.tolerance(d("24"), d("0"), d("100"), null)), numeric.numericAnswers());
        assertEquals("A day has 24 hours.", numeric.generalFeedback());

        ParsedQuestion essay = one("Write about your cooperative.{####A good answer names the members.}");
        assertEquals(QuestionType.ESSAY, essay.type());
        assertEquals("A good answer names the members.", essay.generalFeedback());
    }

    @Test
    void categoryAppliesToTheQuestionsThatFollow() {
        ParseResult result = parser.parse("""
                $CATEGORY: tom/dick/harry

                ::Q1::The sun rises in the east.{T}

                $CATEGORY: tom/other
                ::Q2::The sun rises in the west.{F}
                """);
        assertEquals(List.of(), result.problems());
        assertEquals("tom/dick/harry", result.questions().get(0).category());
        assertEquals(3, result.questions().get(0).line());
        assertEquals("tom/other", result.questions().get(1).category());
        assertEquals(6, result.questions().get(1).line());
    }

    @Test
    void escapedControlCharacters() {
        ParsedQuestion q = one("""
                ::GIFT Control Characters::
                Which of the following is NOT a control character for the GIFT import format? {
                   ~ \\~     # \\~ is a control character.
                   ~ \\=     # \\= is a control character.
                   ~ \\#     # \\# is a control character.
                   ~ \\{     # \\{ is a control character.
                   ~ \\}     # \\} is a control character.
                   = \\\\     # Correct! \\\\ (backslash) is not a control character. BUT,
                              it is used to escape the control characters.
                }
                """);
        assertEquals("GIFT Control Characters", q.title());
        assertEquals("Which of the following is NOT a control character for the GIFT import format?", q.text());
        assertEquals(List.of("~", "=", "#", "{", "}", "\\"), q.choices().stream().map(Choice::text).toList());
        assertEquals("~ is a control character.", q.choices().getFirst().feedback());
        assertEquals("Correct! \\ (backslash) is not a control character. BUT,\n"
                + "              it is used to escape the control characters.", q.choices().getLast().feedback());
        assertEquals(d("100"), q.choices().getLast().weight());

        ParsedQuestion equals = one("""
                Which answer equals 5? {
                    ~ \\= 2 + 2
                    = \\= 2 + 3
                    ~ \\= 2 + 4
                }
                """);
        assertEquals(List.of(choice("= 2 + 2", "0", null), choice("= 2 + 3", "100", null),
                choice("= 2 + 4", "0", null)), equals.choices());

        ParsedQuestion colonAndNewline = one("::Time\\: now::Ratio 1\\:2\\nsecond line {=yes ~no}");
        assertEquals("Time: now", colonAndNewline.title());
        assertEquals("Ratio 1:2\nsecond line", colonAndNewline.text());
    }

    @Test
    void essayAndDescription() {
        ParsedQuestion essay = one("Write a short biography of Dag Hammarskjöld. {}");
        assertEquals(QuestionType.ESSAY, essay.type());
        assertEquals("Write a short biography of Dag Hammarskjöld.", essay.text());
        assertEquals(List.of(), essay.choices());

        ParsedQuestion description = one("You can use your pencil and paper for these next math questions.");
        assertEquals(QuestionType.DESCRIPTION, description.type());
        assertEquals("You can use your pencil and paper for these next math questions.", description.text());
    }

    @Test
    void formatMarkersAreDroppedAndTheTextIsKeptAsWritten() {
        ParsedQuestion html = one("::Q::[html]Is <b>this</b> bold?{T}");
        assertEquals("Is <b>this</b> bold?", html.text());
        assertEquals("Is <b>this</b> bold?", one("[markdown]Is <b>this</b> bold?{T}").text());
        assertEquals("Plain one", one("[plain] Plain one{T}").text());
        assertEquals("Moodle one", one("[moodle]Moodle one{T}").text());
    }

    @Test
    void severalQuestionsSeparatedByBlankLinesKeepTheirStartLines() {
        ParseResult result = parser.parse("""
                // two questions

                Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}


                Grant is buried
                in Grant's tomb.{F}
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(3, 6), result.questions().stream().map(ParsedQuestion::line).toList());
        assertEquals("Grant is buried\nin Grant's tomb.", result.questions().get(1).text());
    }
}
