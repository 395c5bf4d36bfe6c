package id.akademikoperasi.catalog.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.catalog.application.BankViews.AnswerLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview shows every answer with whether it is right, its weight and its feedback. */
class BankPreviewTest {

    private static ParsedQuestion gift(String text) {
        return new QuestionBankCheck().parse(QuestionBankCheck.Format.GIFT, text).questions().getFirst();
    }

    @Test
    void choicesKeepTheirWeightsAndFeedback() {
        assertEquals(List.of(
                        new AnswerLine(null, "Anggota", "100%", true, "Tepat"),
                        new AnswerLine(null, "Pemerintah", "0%", false, "Bukan")),
                QuestionBankAuthoring.answers(gift("::Q::Pemilik koperasi?{=Anggota#Tepat ~Pemerintah#Bukan}")));
        assertEquals(List.of(
                        new AnswerLine(null, "pokok", "50%", true, null),
                        new AnswerLine(null, "wajib", "50%", true, null),
                        new AnswerLine(null, "bunga", "-100%", false, null)),
                QuestionBankAuthoring.answers(gift("::Q::Simpanan?{~%50%pokok ~%50%wajib ~%-100%bunga}")));
    }

    @Test
    void trueFalseShowsBothAnswersWithTheFeedbackEachGets() {
        assertEquals(List.of(
                        new AnswerLine("assessment.true", null, "0%", false, "Salah: negara tidak memiliki koperasi"),
                        new AnswerLine("assessment.false", null, "100%", true, "Benar")),
                QuestionBankAuthoring.answers(gift("::Q::Negara memiliki koperasi.{F#Salah: negara tidak memiliki koperasi#Benar}")));
    }

    @Test
    void numbersAndPairsAreWrittenOut() {
        assertEquals(List.of(new AnswerLine(null, "1500 ± 50", "100%", true, null)),
                QuestionBankAuthoring.answers(gift("::Q::Berapa?{#1500:50}")));
        assertEquals(List.of(new AnswerLine(null, "36 .. 37.5", "100%", true, null)),
                QuestionBankAuthoring.answers(gift("::Q::Suhu?{#36..37.5}")));
        assertEquals(List.of(
                        new AnswerLine(null, "RAT → tahunan", null, true, null),
                        new AnswerLine(null, "RALB → luar biasa", null, true, null),
                        new AnswerLine(null, "Pra-RAT → sebelum", null, true, null)),
                QuestionBankAuthoring.answers(gift("::Q::Jodohkan.{=RAT -> tahunan =RALB -> luar biasa =Pra-RAT -> sebelum}")));
    }

    @Test
    void aTitleIsShownOnlyWhenTheBankGaveOne() {
        assertEquals("KOP-01-Q07", QuestionBankAuthoring.ownTitle(gift("::KOP-01-Q07::Pemilik koperasi?{=Anggota ~Negara}")));
        assertEquals(null, QuestionBankAuthoring.ownTitle(gift("Pemilik koperasi?{=Anggota ~Negara}")));
        ParsedQuestion aiken = new QuestionBankCheck().parse(QuestionBankCheck.Format.AIKEN,
                "Pertanyaan yang sangat panjang ".repeat(5) + "\nA. x\nB. y\nANSWER: A").questions().getFirst();
        assertEquals(null, QuestionBankAuthoring.ownTitle(aiken), "a shortened text is no title");
    }
}
