package id.akademikoperasi.catalog.infrastructure.markdown;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks rendered lesson HTML element by element and attribute by attribute.
 * <pre>{@code
 * SafeHtml.assertSafe(renderer.toSafeHtml(markdown, media));
 * Document dom = SafeHtml.parse(html);
 * }</pre>
 * Why an XML parser: jsoup is not on the classpath, and the OWASP lexer is the very code under test. The OWASP
 * serialiser writes well-formed markup (every attribute quoted, void elements closed with {@code />}, every
 * {@code < > & " ' =} in text and values as an entity), so the JDK's strict XML parser reads it into a DOM. Being
 * strict is the point: output that is not well-formed fails here instead of being guessed at, and what a strict
 * parser sees as the elements and attributes is what a browser builds from the same text (no raw-text elements
 * such as {@code script}, {@code style}, {@code textarea} are allowed, which is where the two would differ).
 */
final class SafeHtml {

    /** Every element lesson HTML may contain, with the attributes each may carry. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("p", Set.of()), entry("h2", Set.of()), entry("h3", Set.of()), entry("h4", Set.of()),
            entry("h5", Set.of()), entry("h6", Set.of()), entry("strong", Set.of()), entry("em", Set.of()),
            entry("b", Set.of()), entry("i", Set.of()), entry("code", Set.of()), entry("pre", Set.of()),
            entry("blockquote", Set.of()), entry("ul", Set.of()), entry("ol", Set.of("start")),
            entry("li", Set.of()), entry("hr", Set.of()), entry("br", Set.of()), entry("div", Set.of("class")),
            entry("table", Set.of()), entry("thead", Set.of()), entry("tbody", Set.of()), entry("tr", Set.of()),
            entry("th", Set.of("class")), entry("td", Set.of("class")),
            entry("a", Set.of("href", "rel", "target")),
            entry("img", Set.of("src", "alt", "width", "height", "loading")));

    private static final List<String> FORBIDDEN_TAGS = List.of("script", "iframe", "frame", "object", "embed",
            "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea", "select",
            "template", "noscript", "plaintext", "xmp", "video", "audio", "source", "details", "body", "html");
    private static final Pattern EVENT_HANDLER_IN_TAG = Pattern.compile("<[a-z][^>]*[\\s/\"']on[a-z]+\\s*=");
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F]");
    private static final Pattern HREF = Pattern.compile("(?:https?://|mailto:|/files/).*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private SafeHtml() {
    }

    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<lesson>" + html + "</lesson>")));
        } catch (SAXException e) {
            return fail("the output is not well-formed markup (" + e.getMessage() + "):\n" + html);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getDocumentElement().getElementsByTagName(name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        // text is always escaped, so a "<" in the output can only start a real tag
        for (String tag : FORBIDDEN_TAGS) {
            assertFalse(Pattern.compile("<" + tag + "[\\s/>]").matcher(lower).find(), () -> "<" + tag + " in\n" + html);
        }
        assertFalse(EVENT_HANDLER_IN_TAG.matcher(lower).find(), () -> "an event handler in\n" + html);

        for (Element element : elements(parse(html), "*")) {
            String name = element.getTagName();
            assertTrue(ALLOWED.containsKey(name), () -> "element <" + name + "> in\n" + html);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                assertAttributeAllowed(name, attribute.getName(), attribute.getValue(), html);
            }
        }
    }

    private static void assertAttributeAllowed(String element, String name, String value, String html) {
        String where = "<" + element + " " + name + "=\"" + value + "\"> in\n" + html;
        assertFalse(name.toLowerCase(Locale.ROOT).startsWith("on"), () -> "event handler " + where);
        assertTrue(ALLOWED.get(element).contains(name), () -> "attribute " + where);
        switch (name) {
            case "href", "src" -> {
                String url = IGNORED_IN_URLS.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
                for (String scheme : List.of("javascript:", "vbscript:", "data:", "file:")) {
                    assertFalse(url.startsWith(scheme), () -> scheme + " URL " + where);
                }
                assertTrue(name.equals("href") ? HREF.matcher(url).matches() : url.startsWith("/files/"),
                        () -> "URL not allowed " + where);
            }
            case "class" -> assertTrue(element.equals("div") ? value.equals("ak-table")
                    : value.matches("ak-align-(left|center|right)"), () -> "class " + where);
            case "rel" -> assertEquals("nofollow noopener noreferrer", value, where);
            case "target" -> assertEquals("_blank", value, where);
            case "loading" -> assertEquals("lazy", value, where);
            case "start", "width", "height" -> assertTrue(NUMBER.matcher(value).matches(), () -> "number " + where);
            default -> {
                // alt: any text, already escaped by the serialiser
            }
        }
    }
}
