package id.akademikoperasi.catalog.infrastructure.markdown;

import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last line of defence for lesson HTML: an OWASP allow-list of the elements and attributes a lesson may
 * contain, followed by the few presentation attributes the app adds itself. Whatever the Markdown step lets
 * through, nothing outside this list reaches the browser.
 * <pre>{@code
 * String safe = LessonHtmlPolicy.sanitise(commonmarkHtml);
 * }</pre>
 * The presentation additions ({@code <div class="ak-table">} around tables, {@code loading="lazy"} on images,
 * {@code rel}/{@code target} on outside links) are emitted AFTER the sanitiser has decided, by a receiver between
 * the sanitiser and the serialiser, so the allow-list never has to admit a {@code div}, a {@code rel} or a
 * {@code target} coming from the Markdown side.
 */
final class LessonHtmlPolicy {

    /** Class names the app emits; the page stylesheet styles them. */
    static final String TABLE_WRAPPER_CLASS = "ak-table";
    static final String ALIGN_CLASS_PREFIX = "ak-align-";

    static final String EXTERNAL_LINK_REL = "nofollow noopener noreferrer";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");
    private static final Pattern ALIGN_CLASS = Pattern.compile(ALIGN_CLASS_PREFIX + "(?:left|center|right)");
    /** Values as the policy sees them: entities already decoded. No "..": a served file never needs one. */
    private static final Pattern HREF = Pattern.compile(
            "(?i:https?://[^\\s\\\\]+|mailto:[^\\s\\\\]+)|/files/(?!.*\\.\\.)[^\\s\\\\]+");
    private static final Pattern MEDIA_SRC = Pattern.compile("/files/(?!.*\\.\\.)[^\\s\\\\]+");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
                    "blockquote", "ul", "ol", "li", "hr", "br",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            // the page already has its <h1>: the lesson title
            .allowElements((name, attributes) -> "h2", "h1")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(HREF).onElements("a")
            .allowAttributes("src").matching(MEDIA_SRC).onElements("img")
            // an image whose source was refused would be an empty box (or a tracker's alt text): leave it out
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("class").matching(ALIGN_CLASS).onElements("th", "td")
            .toFactory();

    private LessonHtmlPolicy() {
    }

    static String sanitise(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        HtmlStreamRenderer serialiser = HtmlStreamRenderer.create(out, Handler.DO_NOTHING);
        HtmlSanitizer.sanitize(html, POLICY.apply(new Presentation(serialiser)));
        return out.toString();
    }

    /** Attributes come as a flat name, value, name, value … list. */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isExternal(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Sees the already sanitised, already balanced tag stream (the policy balances tags before its output), so
     * wrapping a table here always yields a matching {@code </div>}.
     */
    private record Presentation(HtmlStreamEventReceiver out) implements HtmlStreamEventReceiver {

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            switch (name) {
                case "table" -> {
                    // a wide table scrolls inside this box instead of widening a 360 px page
                    out.openTag("div", List.of("class", TABLE_WRAPPER_CLASS));
                    out.openTag(name, attributes);
                }
                case "img" -> out.openTag(name, with(attributes, "loading", "lazy"));
                case "a" -> {
                    out.openTag(name, isExternal(value(attributes, "href"))
                            ? with(with(attributes, "rel", EXTERNAL_LINK_REL), "target", "_blank")
                            : attributes);
                }
                default -> out.openTag(name, attributes);
            }
        }

        @Override
        public void closeTag(String name) {
            out.closeTag(name);
            if (name.equals("table")) {
                out.closeTag("div");
            }
        }

        @Override
        public void text(String text) {
            out.text(text);
        }

        private static String value(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) {
                    return attributes.get(i + 1);
                }
            }
            return "";
        }

        private static List<String> with(List<String> attributes, String name, String value) {
            List<String> result = new ArrayList<>(attributes.size() + 2);
            result.addAll(attributes);
            result.add(name);
            result.add(value);
            return result;
        }
    }
}
