package id.akademikoperasi.catalog.infrastructure.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lesson of the shipped curriculum renders completely and safely. */
class ShippedLessonsTest {

    private static final Path CONTENT = Path.of("content");
    private static final Pattern LESSON_ENTRY = Pattern.compile("(?m)^\\s*-\\s*file:\\s*lessons/\\S+\\.md\\s*$");
    /** A GFM delimiter row: cells of dashes with optional colons, separated by pipes (at least one pipe). */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s{0,3}(?=.*\\|)\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern EMPHASIS_MARKER = Pattern.compile("[*_]{1,2}\\p{L}|\\p{L}[*_]{1,2}(?!\\p{L})");
    private static final Pattern MARKUP = Pattern.compile("\\n|\\|\\s*-{3}|]\\(|#{2,} |<[A-Za-z/!]| {2}");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static List<Path> lessonFiles() {
        try (Stream<Path> courses = Files.list(CONTENT)) {
            return courses.filter(Files::isDirectory)
                    .map(course -> course.resolve("lessons"))
                    .filter(Files::isDirectory)
                    .flatMap(ShippedLessonsTest::markdownIn)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> markdownIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLessonListedInACourseManifestIsFound() throws IOException {
        int listed = 0;
        try (Stream<Path> manifests = Files.list(CONTENT).map(course -> course.resolve("course.yml")).filter(Files::exists)) {
            for (Path manifest : manifests.toList()) {
                Matcher entry = LESSON_ENTRY.matcher(Files.readString(manifest));
                while (entry.find()) {
                    listed++;
                }
            }
        }
        assertTrue(listed >= 54, "lessons listed in the manifests: " + listed);
        assertEquals(listed, lessonFiles().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonFiles")
    void rendersWithSectionsParagraphsAndEveryTableRow(Path lesson) {
        String markdown = read(lesson);
        String html = renderer.toSafeHtml(markdown, MediaResolver.none());

        SafeHtml.assertSafe(html);
        Document dom = SafeHtml.parse(html);
        assertFalse(SafeHtml.elements(dom, "h2").isEmpty(), "no <h2>");
        assertFalse(SafeHtml.elements(dom, "p").isEmpty(), "no paragraph");
        TableCount source = countTables(markdown);
        assertEquals(source.tables(), SafeHtml.elements(dom, "table").size(), "tables");
        assertEquals(source.tables(), SafeHtml.elements(dom, "div").stream()
                .filter(div -> div.getAttribute("class").equals("ak-table")).count(), "table wrappers");
        assertEquals(source.rows(), SafeHtml.elements(dom, "tr").size(), "table rows");
        for (Element table : SafeHtml.elements(dom, "table")) {
            assertEquals("ak-table", ((Element) table.getParentNode()).getAttribute("class"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonFiles")
    void plainTextHasTheWordsButNoMarkup(Path lesson) {
        String text = renderer.toPlainText(read(lesson));
        assertTrue(text.split(" ").length >= 300, "words: " + text.split(" ").length);
        // "**" and "<" may be text (a masked NIK in a code span, "158 < 160"), but not as markup is written
        for (Pattern markup : List.of(EMPHASIS_MARKER, MARKUP)) {
            Matcher found = markup.matcher(text);
            assertFalse(found.find(), () -> "markup at: " + text.substring(Math.max(0, found.start() - 40),
                    Math.min(text.length(), found.end() + 40)));
        }
    }

    record TableCount(int tables, int rows) {
    }

    /**
     * Counts GFM tables (and their rows, header included) straight from the Markdown source, without commonmark, so
     * the comparison with the rendered HTML means something: a header line with a pipe, a delimiter row under it,
     * then body lines up to the first blank line; nothing inside fenced code counts.
     */
    static TableCount countTables(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int tables = 0;
        int rows = 0;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence || i == 0 || !DELIMITER_ROW.matcher(lines[i]).matches() || !lines[i - 1].contains("|")) {
                continue;
            }
            tables++;
            rows++;
            while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                rows++;
                i++;
            }
        }
        return new TableCount(tables, rows);
    }

    @Test
    void theSourceTableCounterCountsWhatItShould() {
        assertEquals(new TableCount(2, 4), countTables("""
                | a | b |
                |---|--:|
                | 1 | 2 |

                ```
                | x |
                |---|
                ```

                c | d
                :-- | --
                e | f
                """));
        assertEquals(new TableCount(0, 0), countTables("tidak ada tabel\n---\n"));
    }
}
