package id.akademikoperasi.catalog.infrastructure.markdown;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    static final String BMC_URL = "/files/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/bmc.png";
    static final String GUIDE_URL = "/files/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae/panduan.pdf";

    /** A course package with two files, seen from its lesson lessons/02-kanvas.md. */
    static final MediaResolver PACKAGE = MediaResolver.inPackage("lessons/02-kanvas.md", path -> switch (path) {
        case "media/bmc.png" -> Optional.of(BMC_URL);
        case "media/panduan.pdf" -> Optional.of(GUIDE_URL);
        default -> Optional.empty();
    });

    /** The first table of KOP-08 lesson 04 (content/08-kewirausahaan-model-bisnis/lessons/04-hpp-dan-harga-jual.md). */
    private static final String HPP_TABLE = """
            | Bahan | Jumlah | Harga satuan | Total |
            |---|---|---|---|
            | Daging ikan giling | 10 kg | Rp40.000 | Rp400.000 |
            | Tepung tapioka | 20 kg | Rp12.000 | Rp240.000 |
            | Bumbu (bawang putih, garam, gula) | 1 paket | Rp60.000 | Rp60.000 |
            | Plastik kemasan berlabel | 100 lembar | Rp1.000 | Rp100.000 |
            | **Total bahan baku** | | | **Rp800.000** |
            """;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        String html = renderer.toSafeHtml(markdown, PACKAGE);
        SafeHtml.assertSafe(html);
        return html;
    }

    @Test
    void headingsKeepTheirLevelBelowTheOneOfThePage() {
        assertEquals("<h2>Bagian</h2>\n<h3>Sub</h3>\n<h6>Kecil</h6>\n", html("## Bagian\n\n### Sub\n\n###### Kecil"));
    }

    @Test
    void aLevelOneHeadingBecomesLevelTwoBecauseThePageTitleIsTheOnlyH1() {
        assertEquals("<h2>Judul</h2>\n<h2>Judul setext</h2>\n<p>teks</p>\n",
                html("# Judul\n\nJudul setext\n===\n\nteks"));
    }

    @Test
    void paragraphsEmphasisAndBreaks() {
        assertEquals("<p>Simpanan <strong>pokok</strong>, <em>wajib</em> dan <em><strong>sukarela</strong></em>.<br />\n"
                        + "Baris baru.</p>\n<hr />\n",
                html("Simpanan **pokok**, *wajib* dan ***sukarela***.  \nBaris baru.\n\n---"));
    }

    @Test
    void listsKeepTheirNumbering() {
        assertEquals("<ul><li>satu</li><li>dua</li></ul>\n<ol start=\"3\"><li>tiga</li><li>empat</li></ol>\n"
                        + "<ol><li>pertama</li></ol>\n",
                html("- satu\n- dua\n\n3. tiga\n4. empat\n\n1) pertama"));
    }

    @Test
    void codeIsShownAsTextWithoutLanguageClass() {
        assertEquals("<p>Rumus <code>HPP &#61; biaya / unit</code></p>\n<pre><code>total &#61; 4 * 75000\n&lt;b&gt;\n</code></pre>\n",
                html("Rumus `HPP = biaya / unit`\n\n```java\ntotal = 4 * 75000\n<b>\n```"));
    }

    @Test
    void blockquotes() {
        assertEquals("<blockquote>\n<p>Dari anggota, oleh anggota, <em>untuk</em> anggota.</p>\n</blockquote>\n",
                html("> Dari anggota, oleh anggota, *untuk* anggota."));
    }

    @Test
    void aRealLessonTableRendersCompleteInsideAScrollingWrapper() {
        assertEquals("<div class=\"ak-table\"><table><thead><tr><th>Bahan</th><th>Jumlah</th><th>Harga satuan</th>"
                        + "<th>Total</th></tr></thead><tbody>"
                        + "<tr><td>Daging ikan giling</td><td>10 kg</td><td>Rp40.000</td><td>Rp400.000</td></tr>"
                        + "<tr><td>Tepung tapioka</td><td>20 kg</td><td>Rp12.000</td><td>Rp240.000</td></tr>"
                        + "<tr><td>Bumbu (bawang putih, garam, gula)</td><td>1 paket</td><td>Rp60.000</td><td>Rp60.000</td></tr>"
                        + "<tr><td>Plastik kemasan berlabel</td><td>100 lembar</td><td>Rp1.000</td><td>Rp100.000</td></tr>"
                        + "<tr><td><strong>Total bahan baku</strong></td><td></td><td></td><td><strong>Rp800.000</strong></td></tr>"
                        + "</tbody></table></div>\n",
                html(HPP_TABLE));
    }

    @Test
    void tableAlignmentBecomesAClassNotAStyleOrAlignAttribute() {
        String aligned = HPP_TABLE.replace("|---|---|---|---|", "|:---|:---:|---:|--:|");
        Document dom = SafeHtml.parse(html(aligned));
        List<String> header = new ArrayList<>();
        for (Element th : SafeHtml.elements(dom, "th")) {
            header.add(th.getAttribute("class"));
            assertFalse(th.hasAttribute("align"));
            assertFalse(th.hasAttribute("style"));
        }
        assertEquals(List.of("ak-align-left", "ak-align-center", "ak-align-right", "ak-align-right"), header);
        List<Element> cells = SafeHtml.elements(dom, "td");
        assertEquals(20, cells.size());
        assertEquals("ak-align-right", cells.get(3).getAttribute("class"));
        assertEquals("Rp400.000", cells.get(3).getTextContent());
    }

    @Test
    void outsideLinksOpenInANewTabWithoutReferrerOrRankingCredit() {
        assertEquals("<p>Lihat <a href=\"https://www.ica.coop/en/cooperatives/cooperative-identity\" "
                        + "rel=\"nofollow noopener noreferrer\" target=\"_blank\">ICA</a> dan "
                        + "<a href=\"http://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow noopener noreferrer\" "
                        + "target=\"_blank\">contoh</a>.</p>\n",
                html("Lihat [ICA](https://www.ica.coop/en/cooperatives/cooperative-identity \"judul\") dan "
                        + "[contoh](http://example.org/a?b=1&c=2)."));
    }

    @Test
    void autolinksAndMailLinks() {
        assertEquals("<p><a href=\"https://kemenkopukm.go.id\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
                        + "https://kemenkopukm.go.id</a> <a href=\"mailto:dkumpp&#64;bontangkota.go.id\">tulis</a></p>\n",
                html("<https://kemenkopukm.go.id> [tulis](mailto:dkumpp@bontangkota.go.id)"));
    }

    @Test
    void aRelativeLinkToAPackageFileGoesToItsServedAddress() {
        assertEquals("<p>Unduh <a href=\"" + GUIDE_URL + "\">panduan</a>.</p>\n",
                html("Unduh [panduan](../media/panduan.pdf)."));
    }

    @Test
    void aRelativeLinkThePackageCannotResolveBecomesPlainText() {
        assertEquals("<p>Lihat <strong>pelajaran</strong> berikut dan bagian ini.</p>\n",
                html("Lihat [**pelajaran**](03-lain.md) berikut dan [bagian ini](#ringkasan)."));
    }

    @Test
    void aRelativeImageIsServedFromThePackageWithLazyLoading() {
        for (String reference : List.of("media/bmc.png", "./media/bmc.png", "../media/bmc.png", "media//bmc.png?v=2")) {
            assertEquals("<p><img src=\"" + BMC_URL + "\" alt=\"Kanvas model bisnis\" loading=\"lazy\" /></p>\n",
                    html("![Kanvas *model* bisnis](" + reference + " \"judul\")"), reference);
        }
    }

    @Test
    void anImageThePackageDoesNotHoldLeavesItsAltText() {
        assertEquals("<p>Gambar: Kanvas model bisnis.</p>\n", html("Gambar: ![Kanvas *model* bisnis](media/tidak-ada.png)."));
        assertEquals("<p>Foto: .</p>\n", html("Foto: ![](media/tidak-ada.png)."));
    }

    @Test
    void imagesFromOutsideThePackageAreNotShown() {
        assertEquals("<p>logo logo logo</p>\n",
                html("![logo](https://example.com/logo.png) ![logo](/files/abc/logo.png) ![logo](//example.com/l.png)"));
    }

    @Test
    void aResolverAnswerOutsideTheServedFilesCountsAsUnresolved() {
        MediaResolver careless = reference -> Optional.of("https://example.com/" + reference);
        assertEquals("<p>bmc panduan</p>\n",
                renderer.toSafeHtml("![bmc](media/bmc.png) [panduan](media/panduan.pdf)", careless));
        MediaResolver climbing = reference -> Optional.of("/files/../admin/" + reference);
        assertEquals("<p>bmc</p>\n", renderer.toSafeHtml("![bmc](media/bmc.png)", climbing));
    }

    @Test
    void rawHtmlInTheMarkdownIsShownAsText() {
        assertEquals("<p>Tekan &lt;b&gt;tombol&lt;/b&gt; lalu &lt;br&gt;</p>\n"
                        + "<p>&lt;div class&#61;&#34;x&#34;&gt;blok&lt;/div&gt;</p>\n",
                html("Tekan <b>tombol</b> lalu <br>\n\n<div class=\"x\">blok</div>"));
    }

    @Test
    void withoutAPackageEverythingRelativeIsText() {
        assertEquals("<p>bmc panduan</p>\n",
                renderer.toSafeHtml("![bmc](media/bmc.png) [panduan](media/panduan.pdf)", MediaResolver.none()));
    }

    @Test
    void nullInputIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> renderer.toSafeHtml(null, PACKAGE));
        assertThrows(NullPointerException.class, () -> renderer.toSafeHtml("x", null));
        assertThrows(NullPointerException.class, () -> renderer.toPlainText(null));
    }

    @Test
    void plainTextOfALessonWithTablesAndEmphasisHasNoMarkup() throws IOException {
        String lesson = Files.readString(Path.of("content/08-kewirausahaan-model-bisnis/lessons/04-hpp-dan-harga-jual.md"));
        String text = renderer.toPlainText(lesson);

        assertTrue(text.startsWith("Mengapa harus tahu HPP Banyak usaha rumahan menetapkan harga"), text);
        assertTrue(text.contains("setiap produk harus diketahui harga pokok produksinya (HPP), yaitu"), text);
        assertTrue(text.contains("Bahan Jumlah Harga satuan Total Daging ikan giling 10 kg Rp40.000 Rp400.000 "
                + "Tepung tapioka"), text);
        assertTrue(text.contains("Total bahan baku Rp800.000 Langkah 2"), text);
        assertTrue(text.endsWith("keuntungan seluruh rantai penjualan."), text);
        for (String markup : List.of("|", "**", "##", "---", "<", ">", "\n", "  ")) {
            assertFalse(text.contains(markup), () -> "'" + markup + "' in " + text);
        }
    }

    @Test
    void plainTextLeavesOutRawHtmlAndKeepsAltTextAndCode() {
        assertEquals("Halo dunia x, lihat gambar kanvas dan kode a = 1 b < c situs.",
                renderer.toPlainText("# Halo *dunia*\n\n<b>x</b>, lihat ![gambar **kanvas**](media/bmc.png) dan "
                        + "kode `a = 1`\n\n<div>\nblok\n</div>\n\n    b < c\n\n[situs](https://example.com)."));
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        List<String> lessons = ShippedLessonsTest.lessonFiles().stream().map(ShippedLessonsTest::read).toList();
        List<String> expected = lessons.stream().map(md -> renderer.toSafeHtml(md, PACKAGE)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> lessons.stream().map(md -> renderer.toSafeHtml(md, PACKAGE)).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
