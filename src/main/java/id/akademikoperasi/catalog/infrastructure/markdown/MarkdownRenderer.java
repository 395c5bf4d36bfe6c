package id.akademikoperasi.catalog.infrastructure.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders lesson Markdown (CommonMark plus GFM tables) into HTML that is safe to put into a page as it is, and
 * into plain text for search and summaries.
 * <pre>{@code
 * MarkdownRenderer markdown = new MarkdownRenderer();              // keep one: it is immutable and thread-safe
 * String html = markdown.toSafeHtml(lesson, MediaResolver.inPackage("lessons/02-kanvas.md", files::urlOf));
 * String text = markdown.toPlainText(lesson);                       // "Mengapa harus tahu HPP Banyak usaha …"
 * }</pre>
 * Safety is layered, so that one mistake is not enough for script to reach a learner's phone:
 * <ol>
 * <li>the Markdown tree is rewritten before rendering: {@code #} headings become {@code ##} (the page has its own
 * {@code <h1>}), links keep only {@code http}, {@code https} and {@code mailto} addresses or a relative reference
 * the package can resolve (others become their text), images keep only resolved package media (others become their
 * alt text);</li>
 * <li>commonmark escapes every piece of raw HTML in the Markdown, so it shows as text, and drops unsafe URLs;</li>
 * <li>the result passes the OWASP allow-list of {@link LessonHtmlPolicy}, which also fixes {@code h1} and refuses
 * any URL but {@code http(s)}, {@code mailto} and {@code /files/…}.</li>
 * </ol>
 * The HTML uses these class names, for the stylesheet: {@code ak-table} (a {@code div} around every table, to be
 * given {@code overflow-x: auto}) and {@code ak-align-left}, {@code ak-align-center}, {@code ak-align-right} on
 * aligned table cells. It has no {@code id}, {@code style} or other {@code class} attributes.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    /** What browsers ignore inside a URL: "java\tscript:" is "javascript:" to them. */
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String SERVED_FILES = "/files/";

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;

    public MarkdownRenderer() {
        parser = Parser.builder().extensions(EXTENSIONS).build();
        htmlRenderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> MarkdownRenderer::presentationAttributes)
                .build();
    }

    /**
     * The lesson as HTML, sanitised, ready to be written into the page unescaped.
     *
     * @param media resolves relative image and link references to served files; {@link MediaResolver#none()} when
     *              the lesson has no package (everything relative then becomes plain text)
     */
    public String toSafeHtml(String markdown, MediaResolver media) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(media, "media");
        Node document = parser.parse(markdown);
        rewrite(document, media);
        return LessonHtmlPolicy.sanitise(htmlRenderer.render(document));
    }

    /**
     * The words of the lesson without any markup, whitespace collapsed to single spaces: for the search index
     * and summaries. Raw HTML in the Markdown is left out, images count by their alt text, table cells are
     * separated by spaces. The result is text, not HTML: escape it where it is shown.
     */
    public String toPlainText(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        StringBuilder text = new StringBuilder(markdown.length());
        appendText(parser.parse(markdown), text);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static void presentationAttributes(Node node, String tagName, Map<String, String> attributes) {
        // alignment as a class: the policy allows no style and no presentational align attribute
        if (node instanceof TableCell cell) {
            attributes.remove("align");
            if (cell.getAlignment() != null) {
                attributes.put("class", LessonHtmlPolicy.ALIGN_CLASS_PREFIX
                        + cell.getAlignment().name().toLowerCase(Locale.ROOT));
            }
        }
        // "language-xyz" on fenced code: nothing on the page highlights code, and the policy would drop it anyway
        if (node instanceof FencedCodeBlock) {
            attributes.remove("class");
        }
    }

    /** Rewrites headings, links and images in place; see the class comment for the rules. */
    private static void rewrite(Node document, MediaResolver media) {
        List<Node> targets = new ArrayList<>();
        collect(document, targets);
        for (Node node : targets) {
            switch (node) {
                case Heading heading when heading.getLevel() == 1 -> heading.setLevel(2);
                case Image image -> served(image.getDestination(), media).ifPresentOrElse(url -> {
                    image.setDestination(url);
                    image.setTitle(null);
                }, () -> replaceWithAltText(image));
                case Link link -> linkTarget(link.getDestination(), media).ifPresentOrElse(url -> {
                    link.setDestination(url);
                    link.setTitle(null);
                }, () -> unwrap(link));
                default -> {
                }
            }
        }
    }

    private static void collect(Node node, List<Node> targets) {
        if (node instanceof Heading || node instanceof Image || node instanceof Link) {
            targets.add(node);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, targets);
        }
    }

    /** Where a link may point: an outside http(s)/mailto address as written, or a served package file. */
    private static Optional<String> linkTarget(String destination, MediaResolver media) {
        String compact = IGNORED_IN_URLS.matcher(destination).replaceAll("");
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            return LINK_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))
                    ? Optional.of(destination.strip())
                    : Optional.empty();
        }
        return served(destination, media);
    }

    /** The served address of a relative reference, only if the resolver knows it and it is one of our files. */
    private static Optional<String> served(String destination, MediaResolver media) {
        String compact = IGNORED_IN_URLS.matcher(destination).replaceAll("");
        // absolute and protocol-relative paths, and anything with a colon before the path (an unknown or
        // disguised scheme), are never package files
        int pathStart = firstIndexOf(compact, "/?#");
        int colon = compact.indexOf(':');
        if (compact.isEmpty() || compact.startsWith("/") || compact.startsWith("\\")
                || colon >= 0 && (pathStart < 0 || colon < pathStart)) {
            return Optional.empty();
        }
        return Objects.requireNonNull(media.resolve(destination), "a resolver returns Optional.empty(), not null")
                .filter(url -> url.startsWith(SERVED_FILES) && !url.contains(".."));
    }

    private static int firstIndexOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void replaceWithAltText(Image image) {
        StringBuilder alt = new StringBuilder();
        appendText(image, alt);
        String text = WHITESPACE.matcher(alt).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            image.insertBefore(new Text(text));
        }
        image.unlink();
    }

    /** Keeps the link text (with its emphasis) in place of the link. */
    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static void appendText(Node node, StringBuilder text) {
        switch (node) {
            case Text t -> text.append(t.getLiteral());
            case Code code -> text.append(code.getLiteral());
            case FencedCodeBlock code -> text.append(code.getLiteral());
            case IndentedCodeBlock code -> text.append(code.getLiteral());
            case SoftLineBreak ignored -> text.append(' ');
            case HardLineBreak ignored -> text.append(' ');
            case HtmlInline ignored -> {
                // raw HTML is not lesson text
            }
            case HtmlBlock ignored -> {
            }
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    appendText(child, text);
                }
            }
        }
        // blocks and table cells are separate words even when the Markdown puts nothing between them
        if (node instanceof Block || node instanceof TableCell) {
            text.append(' ');
        }
    }
}
