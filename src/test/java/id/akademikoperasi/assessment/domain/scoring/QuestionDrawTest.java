package id.akademikoperasi.assessment.domain.scoring;

import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionDrawTest {

    /** 0–3 in KOP, 4 an essay there, 5–6 in KOP/Simpanan, 7 a description there, 8–9 in KOPI, 10–11 in none. */
    private static final List<ParsedQuestion> BANK = new GiftParser().parse("""
            $CATEGORY: KOP
            Q0 {T}

            Q1 {=a ~b}

            Q2 {=kata}

            Q3 {#4}

            Q4 {}

            $CATEGORY: KOP/Simpanan
            Q5 {F}

            Q6 {=a -> 1 =b -> 2 =c -> 3}

            Q7 keterangan saja

            $CATEGORY: KOPI
            Q8 {T}

            Q9 {T}

            $CATEGORY:
            Q10 {T}

            Q11 {T}
            """).questions();

    private static final Set<Integer> GRADABLE = Set.of(0, 1, 2, 3, 5, 6, 8, 9, 10, 11);

    @Test
    void theBankIsAsDescribed() {
        assertEquals(12, BANK.size());
        assertEquals("KOP/Simpanan", BANK.get(6).category());
        assertNull(BANK.get(10).category());
    }

    @Test
    void theSameSeedDrawsTheSameQuestionsInTheSameOrder() {
        assertEquals(QuestionDraw.draw(BANK, 5, null, 42L), QuestionDraw.draw(BANK, 5, null, 42L));
        assertEquals(QuestionDraw.shuffledChoiceOrder(6, 7L), QuestionDraw.shuffledChoiceOrder(6, 7L));
    }

    @Test
    void differentSeedsDrawDifferently() {
        Set<List<Integer>> draws = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            draws.add(QuestionDraw.draw(BANK, 4, null, seed));
        }
        assertTrue(draws.size() > 10, "20 seeds gave only " + draws.size() + " different draws");
    }

    @Test
    void drawsWithoutRepetitionAndOnlyAutoGradableQuestions() {
        for (long seed = 0; seed < 50; seed++) {
            List<Integer> drawn = QuestionDraw.draw(BANK, 6, null, seed);
            assertEquals(6, drawn.size());
            assertEquals(6, Set.copyOf(drawn).size(), "repeated in " + drawn);
            assertTrue(GRADABLE.containsAll(drawn), drawn.toString());
        }
    }

    @Test
    void aCategoryIncludesItsSubcategoriesButNotItsNamesakes() {
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            List<Integer> drawn = QuestionDraw.draw(BANK, 3, "KOP", seed);
            assertEquals(3, drawn.size());
            seen.addAll(drawn);
        }
        assertEquals(Set.of(0, 1, 2, 3, 5, 6), seen);
        assertEquals(Set.of(5, 6), Set.copyOf(QuestionDraw.draw(BANK, 10, "KOP/Simpanan", 1L)));
        assertEquals(Set.of(5, 6), Set.copyOf(QuestionDraw.draw(BANK, 10, " KOP/Simpanan/ ", 1L)));
        assertEquals(List.of(), QuestionDraw.draw(BANK, 3, "KOP/Pinjaman", 1L));
    }

    @Test
    void tooFewEligibleQuestionsGivesThemAllShuffled() {
        List<Integer> drawn = QuestionDraw.draw(BANK, 100, null, 3L);
        assertEquals(GRADABLE, Set.copyOf(drawn));
        assertEquals(GRADABLE.size(), drawn.size());
        Set<List<Integer>> orders = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            orders.add(QuestionDraw.draw(BANK, 100, null, seed));
        }
        assertTrue(orders.size() > 1, "never shuffled");
    }

    @Test
    void drawingNothingOrFromNothing() {
        assertEquals(List.of(), QuestionDraw.draw(BANK, 0, null, 1L));
        assertEquals(List.of(), QuestionDraw.draw(List.of(), 5, null, 1L));
        assertThrows(IllegalArgumentException.class, () -> QuestionDraw.draw(BANK, -1, null, 1L));
    }

    @Test
    void choiceOrderIsAPermutation() {
        for (long seed = 0; seed < 20; seed++) {
            List<Integer> order = QuestionDraw.shuffledChoiceOrder(5, seed);
            assertEquals(Set.of(0, 1, 2, 3, 4), Set.copyOf(order));
            assertEquals(5, order.size());
        }
        assertNotEquals(QuestionDraw.shuffledChoiceOrder(8, 1L), QuestionDraw.shuffledChoiceOrder(8, 2L));
        assertEquals(List.of(), QuestionDraw.shuffledChoiceOrder(0, 1L));
        assertEquals(List.of(0), QuestionDraw.shuffledChoiceOrder(1, 1L));
    }
}
