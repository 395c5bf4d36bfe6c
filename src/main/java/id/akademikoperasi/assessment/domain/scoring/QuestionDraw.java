package id.akademikoperasi.assessment.domain.scoring;

import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Draws the questions of an attempt from a bank and shuffles the choices of a question, both repeatably: the same
 * seed gives the same result on every run, so an attempt needs to keep only its seed.
 *
 * <pre>{@code
 * List<Integer> picked = QuestionDraw.draw(bank, 10, "KOP-01", seed);   // e.g. [7, 2, 15, ...]
 * List<Integer> order = QuestionDraw.shuffledChoiceOrder(4, seed);      // e.g. [2, 0, 3, 1]
 * }</pre>
 *
 * <p>The shuffle is a Fisher–Yates over {@link Random}, whose sequence for a seed is fixed by its specification, so
 * a stored seed gives the same questions after a JDK upgrade.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    /**
     * Picks {@code count} different questions at random, in random order.
     *
     * @param bank           the questions to draw from
     * @param categoryOrNull only questions of this category or of its subcategories ({@code a/b} belongs to
     *                       {@code a}); {@code null} or blank for the whole bank
     * @return indexes into the bank; every eligible question, shuffled, when there are fewer than {@code count}.
     *         Essays and descriptions are never drawn, since nobody could mark them at once.
     */
    public static List<Integer> draw(List<ParsedQuestion> bank, int count, String categoryOrNull, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot draw " + count + " questions");
        }
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            ParsedQuestion question = bank.get(i);
            if (QuestionScoring.isAutoGradable(question.type()) && inCategory(question.category(), categoryOrNull)) {
                eligible.add(i);
            }
        }
        shuffle(eligible, new Random(seed));
        return List.copyOf(eligible.subList(0, Math.min(count, eligible.size())));
    }

    /** A random order of {@code size} choices: position → index into the question's choices. */
    public static List<Integer> shuffledChoiceOrder(int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("a question cannot have " + size + " choices");
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        shuffle(order, new Random(seed));
        return List.copyOf(order);
    }

    static boolean inCategory(String category, String wanted) {
        String root = wanted == null ? "" : wanted.strip();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        if (root.isEmpty()) {
            return true;
        }
        return category != null && (category.equals(root) || category.startsWith(root + "/"));
    }

    private static void shuffle(List<Integer> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }
}
