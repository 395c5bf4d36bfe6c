package id.akademikoperasi.catalog.infrastructure.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Script injection attempts in the style of the OWASP XSS Filter Evasion Cheat Sheet, written into lesson Markdown
 * by a hostile or careless trainer. Each output is checked by {@link SafeHtml#assertSafe}: parsed into a DOM and
 * every element and attribute held against the allow-list, plus a scan of the raw text for forbidden tags and
 * event handlers. The package resolves {@code media/bmc.png}, so payloads built around a real image are rendered
 * as images and their attributes are really exercised.
 */
class MarkdownXssTest {

    private static final String B64_SCRIPT = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<Arguments> payloads() {
        return Stream.of(
                // script, plain and disguised
                arguments("script block", "<script>alert(1)</script>"),
                arguments("script with src, capitals", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>"),
                arguments("inline script", "Teks <script>alert(document.cookie)</script> biasa"),
                arguments("nested broken script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
                arguments("script in HTML block", "<div>\n<script>alert(1)</script>\n</div>\n\nteks"),
                arguments("script in comment", "<!-- <script>alert(1)</script> -->"),
                arguments("CDATA", "<![CDATA[<script>alert(1)</script>]]>"),
                arguments("processing instruction", "<?xml-stylesheet href=\"javascript:alert(1)\"?>"),
                arguments("entity-encoded script stays text", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                arguments("script in code span", "`<script>alert(1)</script>`"),
                arguments("script in fenced code", "```html\n<script>alert(1)</script>\n```"),
                // event handlers
                arguments("img onerror", "<img src=x onerror=alert(1)>"),
                arguments("IMG ONERROR capitals", "<IMG SRC=x ONERROR=alert(1)>"),
                arguments("slashes instead of spaces", "<img/src=x/onerror=alert(1)>"),
                arguments("spaced handler", "<img src=x onerror  =  \"alert(1)\">"),
                arguments("body onload", "<body onload=alert(1)>"),
                arguments("details ontoggle", "<details open ontoggle=alert(1)>"),
                arguments("video source onerror", "<video><source onerror=\"alert(1)\"></video>"),
                arguments("isindex", "<isindex type=image src=1 onerror=alert(1)>"),
                arguments("handler in emphasis", "**<img src=x onerror=alert(1)>**"),
                arguments("handler in link text", "[<img src=x onerror=alert(1)>](https://example.com)"),
                arguments("handler in table cell", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"),
                // embedding elements
                arguments("svg onload", "<svg onload=alert(1)>"),
                arguments("svg use href", "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"></use></svg>"),
                arguments("iframe", "<iframe src=\"javascript:alert(1)\"></iframe>"),
                arguments("object", "<object data=\"javascript:alert(1)\"></object>"),
                arguments("embed", "<embed src=\"data:text/html;base64," + B64_SCRIPT + "\">"),
                arguments("math", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"),
                arguments("template", "<template><script>alert(1)</script></template>"),
                arguments("noscript breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
                arguments("plaintext", "<plaintext><script>alert(1)</script>"),
                // page-level elements
                arguments("style", "<style>body{background:url(javascript:alert(1))}</style>"),
                arguments("style attribute", "<div style=\"background:url(javascript:alert(1))\">x</div>"),
                arguments("link stylesheet", "<link rel=stylesheet href=javascript:alert(1)>"),
                arguments("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
                arguments("base href", "<base href=\"javascript:alert(1)//\">"),
                arguments("form action", "<form action=\"javascript:alert(1)\"><input type=submit></form>"),
                // dangerous URLs in Markdown links
                arguments("javascript link", "[x](javascript:alert(1))"),
                arguments("mixed-case javascript link", "[x](JaVaScRiPt:alert(1))"),
                arguments("tab inside scheme", "[x](java\tscript:alert(1))"),
                arguments("tab inside scheme, angle brackets", "[x](<java\tscript:alert(1)>)"),
                arguments("newline inside scheme, angle brackets", "[x](<java\nscript:alert(1)>)"),
                arguments("leading space", "[x]( javascript:alert(1))"),
                arguments("decimal entity", "[x](&#106;avascript:alert(1))"),
                arguments("hex entities", "[x](&#x6A;&#x61;vascript&#x3A;alert(1))"),
                arguments("backslash escape", "[x](javascript\\:alert(1))"),
                arguments("percent-encoded colon", "[x](javascript%3Aalert(1))"),
                arguments("data URL", "[x](data:text/html;base64," + B64_SCRIPT + ")"),
                arguments("vbscript", "[x](vbscript:msgbox(1))"),
                arguments("javascript with title", "[x](javascript:alert(1) \"judul\")"),
                arguments("reference definition", "[x][r]\n\n[r]: javascript:alert(1)"),
                arguments("protocol-relative", "[x](//evil.example/steal)"),
                arguments("autolink javascript", "<javascript:alert(1)>"),
                arguments("autolink JAVASCRIPT", "<JAVASCRIPT:alert(1)>"),
                arguments("autolink vbscript", "<vbscript:msgbox(1)>"),
                arguments("autolink data", "<data:text/html;base64," + B64_SCRIPT + ">"),
                arguments("autolink with quotes", "<https://example.com/\"onmouseover=\"alert(1)>"),
                arguments("raw anchor", "<a href=\"javascript:alert(1)\">x</a>"),
                arguments("raw anchor, entity", "<a href=\"&#x6A;avascript:alert(1)\">x</a>"),
                arguments("raw anchor, control characters", "<a href=\" &#14;  javascript:alert(1)\">x</a>"),
                // dangerous URLs and attribute breaking in images and titles
                arguments("javascript image", "![x](javascript:alert(1))"),
                arguments("data image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
                arguments("quote breaking image source", "![x](x\" onerror=\"alert(1))"),
                arguments("quote breaking image source, angle brackets", "![x](<x\" onerror=\"alert(1)>)"),
                arguments("quote breaking alt text", "![x\" onerror=\"alert(1)](media/bmc.png)"),
                arguments("quote breaking image title", "![x](media/bmc.png \"t\\\" onerror=\\\"alert(1)\")"),
                arguments("quote breaking link title", "[a](http://x \"t\\\" onmouseover=\\\"alert(1))"),
                arguments("quote breaking link title, closed", "[a](http://x \"t\\\" onmouseover=\\\"alert(1)\")"),
                arguments("single-quote title", "[a](http://x 't' onmouseover='alert(1)')"),
                arguments("markup in destination", "[x](https://example.com/\"><script>alert(1)</script>)"),
                arguments("relative traversal image", "![x](../../../etc/passwd)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void nothingExecutableSurvives(String name, String payload) {
        SafeHtml.assertSafe(renderer.toSafeHtml(payload, MarkdownRendererTest.PACKAGE));
        // the same payload inside a real lesson body, after a heading and in a list item
        SafeHtml.assertSafe(renderer.toSafeHtml("## Bagian\n\nSebelum.\n\n" + payload + "\n\n- " + payload + "\n",
                MarkdownRendererTest.PACKAGE));
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(payloads().count() >= 40);
    }

    @Test
    void forbiddenLinksLeaveOnlyTheirText() {
        for (String payload : new String[]{"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))", "[x](<java\tscript:alert(1)>)", "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64," + B64_SCRIPT + ")", "[x](//evil.example/steal)"}) {
            assertEquals("<p>x</p>\n", renderer.toSafeHtml(payload, MarkdownRendererTest.PACKAGE), payload);
        }
        assertEquals("<p>javascript:alert(1)</p>\n", renderer.toSafeHtml("<javascript:alert(1)>", MarkdownRendererTest.PACKAGE));
    }

    @Test
    void encodedMarkupStaysReadableText() {
        String html = renderer.toSafeHtml("&lt;script&gt;alert(1)&lt;/script&gt; dan <b>tebal</b>", MarkdownRendererTest.PACKAGE);
        Document dom = SafeHtml.parse(html);
        assertEquals("<script>alert(1)</script> dan <b>tebal</b>", dom.getDocumentElement().getTextContent().strip());
        assertTrue(SafeHtml.elements(dom, "b").isEmpty());
    }

    @Test
    void quotesInAltTextStayInsideTheAttribute() {
        Document dom = SafeHtml.parse(renderer.toSafeHtml("![x\" onerror=\"alert(1)](media/bmc.png)", MarkdownRendererTest.PACKAGE));
        var image = SafeHtml.elements(dom, "img").getFirst();
        assertEquals("x\" onerror=\"alert(1)", image.getAttribute("alt"));
        assertEquals(MarkdownRendererTest.BMC_URL, image.getAttribute("src"));
        assertEquals(3, image.getAttributes().getLength());
    }
}
