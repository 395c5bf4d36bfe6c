package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck.Format;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionBankCheckTest {

    private final QuestionBankCheck check = new QuestionBankCheck();

    private static final String GIFT = """
            $CATEGORY: KOP-01/Dasar

            ::Q1::Koperasi dimiliki anggotanya.{T}

            ::Q2::Siapa pemilik koperasi?{=Anggota ~Pemerintah ~Bank}

            $CATEGORY: KOP-01/Dasar/Simpanan

            ::Q3::Simpanan yang dibayar sekali saat masuk?{=pokok ~wajib}

            ::Q4::Ceritakan pengalaman Anda berkoperasi.{}

            $CATEGORY: KOP-01/Lanjut

            ::Q5::Rapat anggota tahunan disingkat?{=RAT}

            ::Q6::Penjelasan tanpa jawaban.
            """;

    private static final String AIKEN = """
            Siapa pemilik koperasi?
            A. Pemerintah
            B. Anggotanya
            ANSWER: B
            """;

    @Test
    void recognisesEachFormatByItsMarks() {
        assertEquals(Optional.of(Format.GIFT), check.detect(GIFT));
        assertEquals(Optional.of(Format.GIFT), check.detect("::Q1::Benar?{T}"));
        assertEquals(Optional.of(Format.GIFT), check.detect("Koperasi dimiliki {=anggota ~negara}."));
        assertEquals(Optional.of(Format.AIKEN), check.detect(AIKEN));
        assertEquals(Optional.of(Format.AIKEN), check.detect("Q?\r\nA) x\r\nB) y\r\n  ANSWER:A\r\n"));
    }

    @Test
    void leavesTheChoiceToTheAuthorWhenTheTextSaysBothOrNeither() {
        assertEquals(Optional.empty(), check.detect(AIKEN + "\n::Q1::Benar?{T}\n"), "both");
        assertEquals(Optional.empty(), check.detect("Hanya teks biasa\ntanpa tanda apa pun"), "neither");
        assertEquals(Optional.empty(), check.detect("Harga \\{tetap\\} tanpa jawaban"), "escaped braces are text");
        assertEquals(Optional.empty(), check.detect(null));
    }

    @Test
    void countsWhatAnExamCanDrawByTheDrawsOwnRules() {
        List<ParsedQuestion> questions = check.parse(Format.GIFT, GIFT).questions();
        assertEquals(6, questions.size());
        assertEquals(4, check.drawable(questions, null), "the essay and the description are never drawn");
        assertEquals(4, check.drawable(questions, "  "));
        assertEquals(3, check.drawable(questions, "KOP-01/Dasar"), "a category includes its subcategories");
        assertEquals(3, check.drawable(questions, "KOP-01/Dasar/"));
        assertEquals(1, check.drawable(questions, "KOP-01/Dasar/Simpanan"));
        assertEquals(0, check.drawable(questions, "KOP-01/Das"), "a category is matched whole, not by its start");
        assertEquals(0, check.drawable(questions, "KOP-02"));
    }

    @Test
    void offersEveryCategoryAndItsParentsThatHoldDrawableQuestions() {
        List<ParsedQuestion> questions = check.parse(Format.GIFT, GIFT).questions();
        assertEquals(List.of("KOP-01", "KOP-01/Dasar", "KOP-01/Dasar/Simpanan", "KOP-01/Lanjut"), check.categories(questions));
        assertTrue(check.categories(check.parse(Format.AIKEN, AIKEN).questions()).isEmpty(), "Aiken has no categories");
    }
}
