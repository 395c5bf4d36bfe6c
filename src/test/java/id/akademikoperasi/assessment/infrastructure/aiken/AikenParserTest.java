package id.akademikoperasi.assessment.infrastructure.aiken;

import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AikenParserTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final AikenParser parser = new AikenParser();

    @Test
    void validBank() {
        ParseResult result = parser.parse("""
                Siapa pemilik koperasi?
                A. Pemerintah
                B. Anggotanya
                C. Bank
                ANSWER: B

                Berapa suara yang dimiliki
                setiap anggota dalam rapat anggota?
                A) Satu
                B) Sesuai besar simpanannya
                ANSWER: A
                What is the correct answer to this question?
                A. Is it this one?
                B. Maybe this answer?
                C. Possibly this one?
                D. Must be this one!
                ANSWER: D
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.questions().size());

        ParsedQuestion first = result.questions().getFirst();
        assertEquals(QuestionType.SINGLE_CHOICE, first.type());
        assertEquals("Siapa pemilik koperasi?", first.text());
        assertEquals("Siapa pemilik koperasi?", first.title());
        assertEquals(1, first.line());
        assertNull(first.category());
        assertEquals(List.of(new Choice("Pemerintah", BigDecimal.ZERO, null), new Choice("Anggotanya", HUNDRED, null),
                new Choice("Bank", BigDecimal.ZERO, null)), first.choices());

        ParsedQuestion second = result.questions().get(1);
        assertEquals("Berapa suara yang dimiliki\nsetiap anggota dalam rapat anggota?", second.text());
        assertEquals(7, second.line());
        assertEquals(List.of(new Choice("Satu", HUNDRED, null),
                new Choice("Sesuai besar simpanannya", BigDecimal.ZERO, null)), second.choices());

        ParsedQuestion third = result.questions().get(2);
        assertEquals(12, third.line());
        assertEquals(List.of("Must be this one!"), third.rightChoices().stream().map(Choice::text).toList());
    }

    @Test
    void missingAnswerLine() {
        ParseResult result = parser.parse("""
                Pertanyaan pertama?
                A. Ya
                B. Tidak

                Pertanyaan kedua?
                A. Ya
                B. Tidak
                ANSWER: A

                Pertanyaan ketiga?
                A. Ya
                B. Tidak
                """);
        assertEquals(List.of(BankProblem.of(1, AikenParser.MISSING_ANSWER), BankProblem.of(10, AikenParser.MISSING_ANSWER)),
                result.problems());
        assertEquals(List.of("Pertanyaan kedua?"), result.questions().stream().map(ParsedQuestion::text).toList());
    }

    @Test
    void answerLetterNotAmongTheOptions() {
        ParseResult result = parser.parse("""
                Pertanyaan?
                A. Ya
                B. Tidak
                ANSWER: C
                """);
        assertEquals(List.of(BankProblem.of(4, AikenParser.ANSWER_NOT_AN_OPTION, "C")), result.problems());
        assertEquals(List.of(), result.questions());
        assertEquals(List.of(BankProblem.of(4, AikenParser.ANSWER_NOT_AN_OPTION, "")),
                parser.parse("Q?\nA. Ya\nB. Tidak\nANSWER:\n").problems());
        assertEquals(List.of(BankProblem.of(4, AikenParser.ANSWER_NOT_AN_OPTION, "b")),
                parser.parse("Q?\nA. Ya\nB. Tidak\nANSWER: b\n").problems());
    }

    @Test
    void fewerThanTwoOptions() {
        ParseResult result = parser.parse("""
                Pertanyaan?
                A. Ya
                ANSWER: A
                """);
        assertEquals(List.of(BankProblem.of(1, AikenParser.TOO_FEW_OPTIONS, 1, 2)), result.problems());
        assertEquals(List.of(BankProblem.of(1, AikenParser.TOO_FEW_OPTIONS, 0, 2)),
                parser.parse("Pertanyaan?\nANSWER: A\n").problems());
    }

    @Test
    void answerWithoutQuestion() {
        assertEquals(List.of(BankProblem.of(2, AikenParser.ANSWER_WITHOUT_QUESTION)),
                parser.parse("\nANSWER: A\n").problems());
    }

    @Test
    void emptyBank() {
        assertEquals(List.of(BankProblem.of(0, AikenParser.EMPTY_BANK)), parser.parse("\n\n").problems());
    }
}
