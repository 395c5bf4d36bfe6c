package id.akademikoperasi.assessment.application;

import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerInputTest {

    static final List<ParsedQuestion> BANK = new GiftParser().parse("""
            ::satu:: Modal koperasi berasal dari? {=Simpanan anggota ~Pinjaman bank ~Hibah}

            ::banyak:: Pilih organ koperasi {~%50%Pengurus ~%50%Pengawas ~%-100%Bupati}

            ::bs:: RAT diadakan setahun sekali. {T}

            ::isian:: Singkatan Rapat Anggota Tahunan? {=RAT}

            ::angka:: Berapa persen? {#10:2}

            ::jodoh:: Pasangkan {=Pengurus -> mengelola =Pengawas -> mengawasi =Anggota -> memilih}
            """).questions();

    private static ParsedQuestion q(int i) {
        return BANK.get(i);
    }

    @Test
    void eachKindOfQuestionTakesItsOwnShapeOfAnswer() {
        assertEquals(Response.Choices.of(2), new AnswerInput(List.of(2), null, null).toResponse(q(0)));
        assertEquals(new Response.Choices(Set.of(0, 1)), new AnswerInput(List.of(1, 0), null, null).toResponse(q(1)));
        assertEquals(new Response.Choices(Set.of()), new AnswerInput(List.of(), null, null).toResponse(q(1)), "every box cleared");
        assertEquals(new Response.Bool(false), new AnswerInput(null, "false", null).toResponse(q(2)));
        assertEquals(new Response.Text("RAT"), new AnswerInput(null, "  RAT ", null).toResponse(q(3)));
        assertEquals(new Response.Number("10,5"), new AnswerInput(null, "10,5", null).toResponse(q(4)));
        assertEquals(new Response.Matches(Map.of(1, "mengawasi")),
                new AnswerInput(null, null, Map.of("1", "mengawasi", "0", "")).toResponse(q(5)), "a blank pick is no answer");
    }

    @Test
    void anAnswerThatDoesNotFitItsQuestionIsRefused() {
        assertInvalid(new AnswerInput(List.of(3), null, null), q(0), "no fourth choice");
        assertInvalid(new AnswerInput(List.of(0, 1), null, null), q(0), "one choice only");
        assertInvalid(new AnswerInput(null, null, null), q(0), "nothing chosen");
        assertInvalid(new AnswerInput(List.of(-1), null, null), q(1), "negative index");
        assertInvalid(new AnswerInput(null, "ya", null), q(2), "true or false only");
        assertInvalid(new AnswerInput(null, null, Map.of("0", "memimpin")), q(5), "not one of the answers to match");
        assertInvalid(new AnswerInput(null, null, Map.of("7", "mengelola")), q(5), "no such item");
        assertInvalid(new AnswerInput(null, null, Map.of("x", "mengelola")), q(5), "not an index");
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new AnswerInput(null, "a".repeat(AnswerInput.MAX_TYPED + 1), null).toResponse(q(3)));
        assertTrue(tooLong.hasProblem("assessment.answer.tooLong"));
    }

    private static void assertInvalid(AnswerInput input, ParsedQuestion question, String why) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> input.toResponse(question), why);
        assertTrue(e.hasProblem("assessment.answer.invalid"), why);
    }
}
