package id.akademikoperasi.catalog.infrastructure.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sanitiser on its own, fed raw HTML as if the Markdown step had let everything through: the second layer
 * must hold without the first.
 */
class LessonHtmlPolicyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.akademikoperasi.catalog.infrastructure.markdown.MarkdownXssTest#payloads")
    void rawHostileHtmlIsCleanedWithoutTheMarkdownStep(String name, String payload) {
        SafeHtml.assertSafe(LessonHtmlPolicy.sanitise(payload));
    }

    @Test
    void levelOneHeadingsBecomeLevelTwo() {
        assertEquals("<h2>Judul</h2><h3>Sub</h3>", LessonHtmlPolicy.sanitise("<h1 id=\"x\">Judul</h1><h3>Sub</h3>"));
    }

    @Test
    void onlyTheAppsOwnClassesNoIdsNoStyles() {
        assertEquals("<div class=\"ak-table\"><table><tbody><tr><td class=\"ak-align-right\">1</td><td>2</td><td>3</td>"
                        + "</tr></tbody></table></div><p>x</p>",
                LessonHtmlPolicy.sanitise("<table class=\"big\" style=\"width:9000px\"><tbody><tr>"
                        + "<td class=\"ak-align-right\">1</td><td class=\"evil\" id=\"a\">2</td>"
                        + "<td align=\"right\" style=\"color:red\">3</td></tr></tbody></table>"
                        + "<p class=\"ak-table\" id=\"top\" style=\"position:fixed\">x</p>"));
    }

    @Test
    void linksAndImagesKeepOnlyAllowedAddresses() {
        assertEquals("<p>a <a href=\"/files/abc/x.pdf\">b</a> c "
                        + "<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">d</a> "
                        + "<img src=\"/files/abc/x.png\" alt=\"e\" width=\"320\" loading=\"lazy\" />  f</p>",
                LessonHtmlPolicy.sanitise("<p><a href=\"/admin\">a</a> <a href=\"/files/abc/x.pdf\" target=\"_top\">b</a> "
                        + "<a href=\"ftp://example.com\">c</a> <a href=\"https://example.com\" rel=\"opener\">d</a> "
                        + "<img src=\"/files/abc/x.png\" alt=\"e\" width=\"320\" height=\"10%\"> "
                        + "<img src=\"https://example.com/t.gif\" alt=\"tracker\"><img src=\"/files/../x.png\">"
                        + "<img src=\"data:image/png;base64,AAAA\"> f</p>"));
    }
}
