package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.files.DownloadPlan.Conditions;
import id.akademikoperasi.shared.files.DownloadPlan.Target;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadPlanTest {

    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    private static final String ETAG = "\"" + SHA + "\"";
    private static final Target VIDEO = new Target(SHA, 1000, "video/mp4", "Rapat anggota.mp4");

    private static DownloadPlan plan(Target target, String ifNoneMatch, String range, String ifRange) {
        return DownloadPlan.decide(target, new Conditions(ifNoneMatch, range, ifRange));
    }

    @Test
    void aPlainRequestGetsTheWholeFileWithSafeHeaders() {
        DownloadPlan plan = DownloadPlan.decide(VIDEO, Conditions.none());

        assertEquals(200, plan.status());
        assertEquals(Optional.of(new ByteRange(0, 999)), plan.body());
        assertEquals("1000", plan.headers().get("Content-Length"));
        assertEquals("video/mp4", plan.headers().get("Content-Type"));
        assertEquals(ETAG, plan.headers().get("ETag"));
        assertEquals("bytes", plan.headers().get("Accept-Ranges"));
        assertEquals("private, max-age=31536000, immutable", plan.headers().get("Cache-Control"));
        assertEquals("nosniff", plan.headers().get("X-Content-Type-Options"));
        assertEquals("sandbox", plan.headers().get("Content-Security-Policy"));
        assertEquals("inline; filename=\"Rapat anggota.mp4\"; filename*=UTF-8''Rapat%20anggota.mp4",
                plan.headers().get("Content-Disposition"));
        assertFalse(plan.headers().containsKey("Content-Range"));
    }

    @Test
    void aMatchingIfNoneMatchIsNotModifiedWithoutBody() {
        for (String ifNoneMatch : new String[]{ETAG, "W/" + ETAG, "\"other\", " + ETAG, "*"}) {
            DownloadPlan plan = plan(VIDEO, ifNoneMatch, "bytes=0-99", null);
            assertEquals(304, plan.status(), ifNoneMatch);
            assertEquals(Optional.empty(), plan.body());
            assertEquals(ETAG, plan.headers().get("ETag"));
            assertEquals(DownloadPlan.CACHE_CONTROL, plan.headers().get("Cache-Control"));
            assertFalse(plan.headers().containsKey("Content-Length"));
        }
        assertEquals(200, plan(VIDEO, "\"other\"", null, null).status());
        assertEquals(200, plan(VIDEO, SHA, null, null).status(), "an unquoted tag is no tag");
    }

    @Test
    void oneRangeIsPartialContent() {
        DownloadPlan plan = plan(VIDEO, null, "bytes=100-199", null);
        assertEquals(206, plan.status());
        assertEquals(Optional.of(new ByteRange(100, 199)), plan.body());
        assertEquals("bytes 100-199/1000", plan.headers().get("Content-Range"));
        assertEquals("100", plan.headers().get("Content-Length"));
        assertEquals("video/mp4", plan.headers().get("Content-Type"));

        DownloadPlan open = plan(VIDEO, null, "bytes=900-", null);
        assertEquals("bytes 900-999/1000", open.headers().get("Content-Range"));
        DownloadPlan suffix = plan(VIDEO, null, "bytes=-10", null);
        assertEquals(Optional.of(new ByteRange(990, 999)), suffix.body());
        assertEquals("10", suffix.headers().get("Content-Length"));
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiable() {
        DownloadPlan plan = plan(VIDEO, null, "bytes=1000-", null);
        assertEquals(416, plan.status());
        assertEquals("bytes */1000", plan.headers().get("Content-Range"));
        assertEquals("0", plan.headers().get("Content-Length"));
        assertEquals(Optional.empty(), plan.body());
    }

    @Test
    void severalOrMalformedRangesGetTheWholeFile() {
        for (String range : new String[]{"bytes=0-1,5-6", "bytes=x-y", "lines=1-2"}) {
            DownloadPlan plan = plan(VIDEO, null, range, null);
            assertEquals(200, plan.status(), range);
            assertEquals(Optional.of(new ByteRange(0, 999)), plan.body());
        }
    }

    @Test
    void anIfRangeThatIsNotOurTagMeansTheWholeFile() {
        assertEquals(206, plan(VIDEO, null, "bytes=0-9", ETAG).status());
        assertEquals(200, plan(VIDEO, null, "bytes=0-9", "\"other\"").status());
        assertEquals(200, plan(VIDEO, null, "bytes=0-9", "W/" + ETAG).status(), "If-Range compares strongly");
        assertEquals(200, plan(VIDEO, null, "bytes=0-9", "Wed, 21 Oct 2025 07:28:00 GMT").status());
    }

    @Test
    void officeFilesAreAttachmentsAndPdfsImagesInline() {
        Target docx = new Target(SHA, 10, FileKind.DOCX.mediaType(), "AD-ART.docx");
        assertTrue(DownloadPlan.decide(docx, Conditions.none()).headers().get("Content-Disposition").startsWith("attachment;"));
        Target pdf = new Target(SHA, 10, "application/pdf", "SHU.pdf");
        assertTrue(DownloadPlan.decide(pdf, Conditions.none()).headers().get("Content-Disposition").startsWith("inline;"));
        Target png = new Target(SHA, 10, "image/png", "bagan.png");
        assertTrue(DownloadPlan.decide(png, Conditions.none()).headers().get("Content-Disposition").startsWith("inline;"));
    }

    @Test
    void theNameFromTheUrlCannotChangeWhatTheContentIs() {
        Target crafted = new Target(SHA, 10, "application/pdf", "../evil.html");
        DownloadPlan plan = DownloadPlan.decide(crafted, Conditions.none());
        assertEquals("application/pdf", plan.headers().get("Content-Type"));
        assertEquals("inline; filename=\"evil.html.pdf\"; filename*=UTF-8''evil.html.pdf", plan.headers().get("Content-Disposition"));
    }

    @Test
    void noNameFallsBackToTheHashAndAnUnknownTypeIsABinaryAttachment() {
        DownloadPlan unnamed = DownloadPlan.decide(new Target(SHA, 10, "image/png", ""), Conditions.none());
        assertEquals("inline; filename=\"3a7bd3e2360a.png\"; filename*=UTF-8''3a7bd3e2360a.png",
                unnamed.headers().get("Content-Disposition"));
        DownloadPlan unknown = DownloadPlan.decide(new Target(SHA, 10, "text/html", "x.html"), Conditions.none());
        assertEquals("application/octet-stream", unknown.headers().get("Content-Type"));
        assertTrue(unknown.headers().get("Content-Disposition").startsWith("attachment;"));
    }

    @Test
    void aTargetNeedsAWellFormedHash() {
        assertThrows(IllegalArgumentException.class, () -> new Target("../../etc/passwd", 1, "application/pdf", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Target(SHA.toUpperCase(), 1, "application/pdf", "x"));
    }
}
