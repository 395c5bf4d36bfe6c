package id.akademikoperasi.assessment.infrastructure.gift;

import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import id.akademikoperasi.assessment.domain.bank.TrueFalseAnswer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question banks shipped in {@code content/} read without a problem, each question as its author meant. */
class ShippedBanksTest {

    private static final Path CONTENT = Path.of("content");
    private final GiftParser parser = new GiftParser();

    private static List<Path> banks() throws IOException {
        try (Stream<Path> courses = Files.list(CONTENT)) {
            return courses.map(course -> course.resolve("questions/bank.gift")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    private ParseResult read(String course) throws IOException {
        return parser.parse(Files.readString(CONTENT.resolve(course).resolve("questions/bank.gift"),
                StandardCharsets.UTF_8));
    }

    private static ParsedQuestion titled(ParseResult result, String title) {
        return result.questions().stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void allTenBanksHaveFifteenQuestionsAndNoProblem() throws IOException {
        List<Path> banks = banks();
        assertEquals(10, banks.size());
        for (Path bank : banks) {
            ParseResult result = parser.parse(Files.readString(bank, StandardCharsets.UTF_8));
            assertEquals(List.of(), result.problems(), bank.toString());
            assertEquals(15, result.questions().size(), bank.toString());
            assertTrue(result.questions().stream().allMatch(q -> q.category() != null), bank.toString());
        }
    }

    @Test
    void numericWithToleranceFeedbackAndEscapes() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q01");
        assertEquals(QuestionType.NUMERIC, q.type());
        assertEquals("KOP-01/Bekerja bersama", q.category());
        assertEquals(6, q.line());
        assertTrue(q.text().startsWith("Delapan nelayan Bontang Kuala"));
        assertTrue(q.text().endsWith("berapa rupiah biaya setiap nelayan?"));
        assertEquals(List.of(NumericAnswer.tolerance(new BigDecimal("142500"), BigDecimal.ZERO, new BigDecimal("100"),
                "Tepat. (40 × 21.000 + 300.000) ÷ 8 = 142.500.")), q.numericAnswers());
        assertEquals("Total biaya kelompok Rp840.000 + Rp300.000 = Rp1.140.000, lalu dibagi 8 nelayan.",
                q.generalFeedback());
    }

    @Test
    void numericRange() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q02");
        assertEquals(QuestionType.NUMERIC, q.type());
        NumericAnswer answer = q.numericAnswers().getFirst();
        assertEquals(NumericAnswer.range(new BigDecimal("36"), new BigDecimal("37.5"), new BigDecimal("100"), null),
                answer);
        assertTrue(answer.accepts(new BigDecimal("37")));
    }

    @Test
    void singleChoiceWithFeedback() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q03");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(4, q.choices().size());
        assertEquals(new Choice("Penumpang gelap (free rider)", new BigDecimal("100"),
                "Benar. Ia menikmati manfaat tanpa ikut menanggung beban."), q.choices().getFirst());
        assertEquals(new Choice("Sanksi bertahap", BigDecimal.ZERO, "Bukan. Sanksi bertahap adalah cara menegakkan aturan."),
                q.choices().getLast());
        assertNull(q.generalFeedback());
    }

    @Test
    void multipleChoice() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q04");
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
        assertEquals(List.of("25", "25", "25", "25", "-100", "-100"),
                q.choices().stream().map(c -> c.weight().toPlainString()).toList());
        assertEquals("Akses kepada pinjaman, pelatihan, dan pembeli", q.choices().get(3).text());
    }

    @Test
    void trueAndFalse() throws IOException {
        ParseResult result = read("01-mengenal-koperasi");
        ParsedQuestion truth = titled(result, "KOP-01-Q05");
        assertEquals(QuestionType.TRUE_FALSE, truth.type());
        assertEquals(new TrueFalseAnswer(true, null, null), truth.trueFalse());
        assertTrue(truth.generalFeedback().startsWith("Ini salah satu pelajaran"));
        ParsedQuestion falsehood = titled(result, "KOP-01-Q07");
        assertEquals(new TrueFalseAnswer(false, null, null), falsehood.trueFalse());
        assertEquals("KOP-01/Apa itu koperasi", falsehood.category());
    }

    @Test
    void shortAnswer() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q08");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals(List.of(new Choice("kekeluargaan", new BigDecimal("100"), null),
                new Choice("asas kekeluargaan", new BigDecimal("100"), null)), q.choices());
    }

    @Test
    void matching() throws IOException {
        ParsedQuestion q = titled(read("01-mengenal-koperasi"), "KOP-01-Q10");
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals("Pasangkan setiap jenis koperasi dengan contoh kegiatannya.", q.text());
        assertEquals(5, q.pairs().size());
        assertEquals(new MatchPair("Koperasi konsumen",
                "Gerai sembako yang menyediakan beras dan minyak goreng bagi warga"), q.pairs().getFirst());
        assertEquals(new MatchPair("Koperasi jasa", "Menyediakan angkutan barang bagi pedagang pasar"),
                q.pairs().getLast());
    }

    @Test
    void escapedColonInAnotherBank() throws IOException {
        ParsedQuestion q = titled(read("06-usaha-simpan-pinjam"), "KOP-06-Q08");
        assertTrue(q.text().startsWith("Posisi pinjaman sebuah USP: lancar Rp820.000.000"), q.text());
        assertEquals(List.of(NumericAnswer.tolerance(new BigDecimal("8.5"), new BigDecimal("0.1"),
                new BigDecimal("100"), null)), q.numericAnswers());
    }
}
