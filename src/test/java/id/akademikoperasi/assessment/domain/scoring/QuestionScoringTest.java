package id.akademikoperasi.assessment.domain.scoring;

import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionScoringTest {

    private static final Locale ID = Locale.of("id");

    private static ParsedQuestion gift(String text) {
        var result = new GiftParser().parse(text);
        assertEquals(List.of(), result.problems());
        return result.questions().getFirst();
    }

    private static Mark score(ParsedQuestion question, Response response) {
        return QuestionScoring.score(question, response, ID);
    }

    private static void assertFraction(String expected, Mark mark) {
        assertEquals(new BigDecimal(expected).setScale(Mark.SCALE), mark.fraction());
    }

    private final ParsedQuestion single = gift("""
            Siapa pemilik koperasi? {=Anggota#Betul ~%50%Pengurus#Sebagian ~Pemerintah#Bukan ~%-50%Bank
            ####Koperasi dimiliki anggotanya.}""");

    private final ParsedQuestion multiple = gift("Pilih prinsip koperasi {~%50%a#fa ~%50%b ~%-100%c#fc ####umum}");

    @Test
    void singleChoiceEarnsTheWeightOfTheChosenChoice() {
        Mark right = score(single, Response.Choices.of(0));
        assertFraction("1.0000", right);
        assertTrue(right.isFullyRight());
        assertEquals(List.of("Betul", "Koperasi dimiliki anggotanya."), right.feedback());

        Mark half = score(single, Response.Choices.of(1));
        assertFraction("0.5000", half);
        assertFalse(half.isFullyRight());
        assertEquals(List.of("Sebagian", "Koperasi dimiliki anggotanya."), half.feedback());

        assertFraction("0.0000", score(single, Response.Choices.of(2)));
        assertEquals(List.of("Bukan", "Koperasi dimiliki anggotanya."),
                score(single, Response.Choices.of(2)).feedback());
    }

    @Test
    void singleChoiceNeverGoesBelowZero() {
        assertFraction("0", score(single, Response.Choices.of(3)));
    }

    @Test
    void singleChoiceWithNoneOrSeveralChosenEarnsNothing() {
        assertFraction("0", score(single, Response.Choices.of()));
        assertFraction("0", score(single, Response.Choices.of(0, 1)));
        assertEquals(List.of("Koperasi dimiliki anggotanya."), score(single, Response.Choices.of(0, 1)).feedback());
        assertFraction("0", score(single, Response.Choices.of(9)));
    }

    @Test
    void multipleChoiceAddsWeightsAndNegativeWeightsArePenalties() {
        assertEquals(QuestionType.MULTIPLE_CHOICE, multiple.type());
        assertFraction("0.5", score(multiple, Response.Choices.of(0)));
        assertFraction("0.5", score(multiple, Response.Choices.of(1)));
        assertFraction("1", score(multiple, Response.Choices.of(0, 1)));
        assertFraction("0", score(multiple, Response.Choices.of(0, 1, 2)));
        assertFraction("0", score(multiple, Response.Choices.of(0, 2)));
        assertFraction("0", score(multiple, Response.Choices.of()));
        assertEquals(List.of("fa", "fc", "umum"), score(multiple, Response.Choices.of(2, 0)).feedback());
        assertFraction("0", score(multiple, Response.Choices.of(0, 5)));
    }

    @Test
    void multipleChoiceInThirdsRoundsToFourPlaces() {
        ParsedQuestion thirds = gift("Tiga {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}");
        assertFraction("0.3333", score(thirds, Response.Choices.of(0)));
        assertFraction("0.6667", score(thirds, Response.Choices.of(0, 1)));
        assertTrue(score(thirds, Response.Choices.of(0, 1, 2)).isFullyRight());
        assertFraction("0", score(thirds, Response.Choices.of(0, 1, 2, 3)));
    }

    @Test
    void trueFalseEarnsAllOrNothingWithTheMatchingFeedback() {
        ParsedQuestion q = gift("Koperasi dimiliki pemerintah.{F#Bukan, milik anggota.#Benar, milik anggota.}");
        Mark right = score(q, new Response.Bool(false));
        assertFraction("1", right);
        assertEquals(List.of("Benar, milik anggota."), right.feedback());
        Mark wrong = score(q, new Response.Bool(true));
        assertFraction("0", wrong);
        assertEquals(List.of("Bukan, milik anggota."), wrong.feedback());
    }

    private final ParsedQuestion shortAnswer = gift(
            "Badan usaha milik anggota disebut {=Koperasi#Betul =%50%kop*#Hampir =gotong*royong}.");

    @ParameterizedTest(name = "\"{0}\" earns {1}")
    @CsvSource(delimiter = ';', value = {
            "Koperasi; 1",
            "'kopérasi  '; 1",
            "KOPERASI; 1",
            "'  Kóperasí'; 1",
            "koprasi; 0.5",
            "Kop; 0.5",
            "gotong royong; 1",
            "Gotong-Royong; 1",
            "'gotong   royong'; 1",
            "gotongroyong; 1",
            "royong; 0",
            "usaha; 0",
            "''; 0",
            "'   '; 0",
    })
    void shortAnswerIgnoresCaseAccentsAndSpacesAndTakesWildcards(String typed, String fraction) {
        assertEquals(0, new BigDecimal(fraction).compareTo(score(shortAnswer, new Response.Text(typed)).fraction()),
                typed);
    }

    @Test
    void shortAnswerGivesTheFeedbackOfTheBestMatch() {
        assertEquals(List.of("Betul"), score(shortAnswer, new Response.Text("koperasi")).feedback());
        assertEquals(List.of("Hampir"), score(shortAnswer, new Response.Text("koperasii")).feedback());
        assertEquals(List.of(), score(shortAnswer, new Response.Text("bank")).feedback());
    }

    @Test
    void shortAnswerCollapsesSpacesInTheAcceptedAnswerToo() {
        ParsedQuestion q = gift("SHU adalah {=Sisa  Hasil Usaha}");
        assertTrue(score(q, new Response.Text(" sisa hasil\tusaha ")).isFullyRight());
    }

    @Test
    void anEscapedStarIsAStar() {
        ParsedQuestion q = new ParsedQuestion(null, "bintang", "Tulis a kali b", QuestionType.SHORT_ANSWER,
                List.of(new Choice("a\\*b", new BigDecimal("100"), null)), List.of(), List.of(), null, null, 1);
        assertTrue(score(q, new Response.Text("a*b")).isFullyRight());
        assertFraction("0", score(q, new Response.Text("axb")));
    }

    @Test
    void aStarAloneTakesAnyAnswerButNotABlankOne() {
        ParsedQuestion q = gift("Apa saja {=%100%Betul =%20%*#Coba lagi}");
        assertFraction("0.2", score(q, new Response.Text("entah")));
        assertEquals(List.of("Coba lagi"), score(q, new Response.Text("entah")).feedback());
        assertFraction("0", score(q, new Response.Text(" ")));
    }

    private final ParsedQuestion numeric = gift(
            "Modal yang disetor, dalam rupiah? {#=1500000:1000#Tepat =%50%1500000:100000#Mendekati}");

    @ParameterizedTest(name = "\"{0}\" earns {1}")
    @CsvSource(delimiter = ';', value = {
            "Rp 1.500.000; 1",
            "1500000; 1",
            "1.500.500; 1",
            "1.499.000; 1",
            "1.498.999; 0.5",
            "1.450.000; 0.5",
            "1.400.000; 0.5",
            "1.399.999,99; 0",
            "1,5 juta; 0",
            "satu setengah juta; 0",
            "''; 0",
    })
    void numericReadsIndonesianNumbersWithTolerance(String typed, String fraction) {
        assertEquals(0, new BigDecimal(fraction).compareTo(score(numeric, new Response.Number(typed)).fraction()),
                typed);
    }

    @Test
    void numericReadsTheMembersLocaleAndGivesTheBestFeedback() {
        assertTrue(QuestionScoring.score(numeric, new Response.Number("1,500,000"), Locale.ENGLISH).isFullyRight());
        assertFraction("0", QuestionScoring.score(numeric, new Response.Number("1.500"), Locale.ENGLISH));
        assertEquals(List.of("Tepat"), score(numeric, new Response.Number("1.500.000")).feedback());
        assertEquals(List.of("Mendekati"), score(numeric, new Response.Number("1.450.000")).feedback());
    }

    @Test
    void numericRangeTakesAnIndonesianDecimal() {
        ParsedQuestion q = gift("Bunga per bulan, dalam persen? {#2..3}");
        assertTrue(score(q, new Response.Number("2,5")).isFullyRight());
        assertTrue(score(q, new Response.Number("3")).isFullyRight());
        assertFraction("0", score(q, new Response.Number("3,01")));
    }

    private final ParsedQuestion matching = gift("""
            Pasangkan negara dan ibu kotanya. {
            =Kanada -> Ottawa
            =Italia -> Roma
            =Jepang -> Tokyo
            = -> Jakarta
            ####Jakarta tidak dipasangkan.}""");

    @Test
    void matchingCountsTheRightPairsButNotTheDistractor() {
        assertEquals("", matching.pairs().get(3).left());
        Mark all = score(matching, new Response.Matches(Map.of(0, "Ottawa", 1, "Roma", 2, "Tokyo")));
        assertTrue(all.isFullyRight());
        assertEquals(List.of("Jakarta tidak dipasangkan."), all.feedback());
        assertFraction("0.6667", score(matching, new Response.Matches(Map.of(0, "Ottawa", 1, "Roma", 2, "Jakarta"))));
        assertFraction("0.3333", score(matching, new Response.Matches(Map.of(0, "Ottawa"))));
        assertFraction("0", score(matching, new Response.Matches(Map.of(0, "Roma", 1, "Ottawa"))));
        assertFraction("0", score(matching, new Response.Matches(Map.of())));
    }

    @Test
    void matchingIgnoresAnAnswerForTheDistractorAndRefusesUnknownPairs() {
        assertTrue(score(matching, new Response.Matches(
                Map.of(0, "Ottawa", 1, "Roma", 2, "Tokyo", 3, "Jakarta"))).isFullyRight());
        assertFraction("0", score(matching, new Response.Matches(
                Map.of(0, "Ottawa", 1, "Roma", 2, "Tokyo", 4, "Jakarta"))));
    }

    @Test
    void aResponseOfTheWrongKindEarnsNothing() {
        ParsedQuestion trueFalse = gift("Koperasi berasas kekeluargaan.{T}");
        assertFraction("0", score(single, new Response.Text("Anggota")));
        assertEquals(List.of("Koperasi dimiliki anggotanya."), score(single, new Response.Bool(true)).feedback());
        assertFraction("0", score(multiple, new Response.Matches(Map.of(0, "a"))));
        assertFraction("0", score(trueFalse, Response.Choices.of(0)));
        assertFraction("0", score(shortAnswer, new Response.Number("1")));
        assertFraction("0", score(numeric, new Response.Text("1500000")));
        assertFraction("0", score(matching, Response.Choices.of(0, 1, 2)));
    }

    @Test
    void essaysAndDescriptionsAreNotAutoGradable() {
        ParsedQuestion essay = gift("Ceritakan pengalaman Anda berkoperasi.{}");
        ParsedQuestion description = gift("Bagian berikut tentang simpanan.");
        var e = assertThrows(IllegalArgumentException.class, () -> score(essay, new Response.Text("...")));
        assertTrue(e.getMessage().contains("not auto-gradable"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> score(description, new Response.Text("")));
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void onlyEssaysAndDescriptionsNeedATrainer(QuestionType type) {
        boolean needsTrainer = type == QuestionType.ESSAY || type == QuestionType.DESCRIPTION;
        assertEquals(!needsTrainer, QuestionScoring.isAutoGradable(type));
    }

    @Test
    void normalizingRemovesAccentsCaseAndExtraSpaces() {
        assertEquals("koperasi simpan pinjam", QuestionScoring.normalized("  KOPÉRASI\u00A0 Simpan\n Pinjam "));
    }
}
