package id.akademikoperasi.shared.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one download request, decided without a container: status, headers and which bytes to send.
 * {@link FileServlet} only carries it out, so every rule here is unit-tested.
 *
 * <pre>{@code
 * DownloadPlan plan = DownloadPlan.decide(
 *         new DownloadPlan.Target(sha256, 1_000_000, "video/mp4", "Rapat anggota.mp4"),
 *         new DownloadPlan.Conditions(request.getHeader("If-None-Match"), request.getHeader("Range"),
 *                 request.getHeader("If-Range")));
 * plan.status();     // 206
 * plan.headers();    // Content-Range: bytes 0-65535/1000000, ETag, Cache-Control, …
 * plan.body();       // Optional[ByteRange[0-65535]]
 * }</pre>
 *
 * <ul>
 *   <li>ETag is the SHA-256, strong: the bytes behind a hash never change.</li>
 *   <li>{@code If-None-Match} (weak comparison, {@code *} included) → 304, before any range is looked at.</li>
 *   <li>{@code Range}: see {@link RangeHeader}; one range → 206, several or malformed → 200 with everything,
 *       beyond the end → 416 with {@code Content-Range: bytes }{@code *}{@code /size}. An {@code If-Range} that
 *       is not our ETag (a date, since we send no Last-Modified, or another tag) means the whole file.</li>
 *   <li>{@code Cache-Control: private, max-age=31536000, immutable}: content-addressed, so a year without
 *       revalidation is safe; private because access depends on who asks.</li>
 *   <li>{@code X-Content-Type-Options: nosniff} and {@code Content-Security-Policy: sandbox} on every answer,
 *       so that even a file that slipped past the sniffer is never run as a page of our origin.</li>
 *   <li>PDF, images, video and text inline; Office files as attachment; the name always ends in an extension
 *       that fits the content ({@link FileNames#withExtension}).</li>
 * </ul>
 */
public record DownloadPlan(int status, Map<String, String> headers, Optional<ByteRange> body) {

    public static final String CACHE_CONTROL = "private, max-age=31536000, immutable";
    public static final String CONTENT_SECURITY_POLICY = "sandbox";

    public DownloadPlan {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The stored file asked for. {@code name} comes from the URL: anyone can write it, so it is made safe here. */
    public record Target(String sha256, long sizeBytes, String mediaType, String name) {
        public Target {
            Sha256.require(sha256);
            if (sizeBytes < 0) {
                throw new IllegalArgumentException("negative size");
            }
        }
    }

    /** The request headers that matter, each {@code null} when absent. */
    public record Conditions(String ifNoneMatch, String range, String ifRange) {
        public static Conditions none() {
            return new Conditions(null, null, null);
        }
    }

    public static DownloadPlan decide(Target target, Conditions conditions) {
        String etag = etag(target.sha256());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", CACHE_CONTROL);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (matchesAny(conditions.ifNoneMatch(), etag)) {
            return new DownloadPlan(304, headers, Optional.empty());
        }
        long size = target.sizeBytes();
        headers.put("Accept-Ranges", "bytes");
        boolean rangeApplies = conditions.ifRange() == null || conditions.ifRange().strip().equals(etag);
        RangeHeader.Request range = rangeApplies ? RangeHeader.parse(conditions.range(), size) : new RangeHeader.Whole();
        if (range instanceof RangeHeader.Unsatisfiable) {
            headers.put("Content-Range", "bytes */" + size);
            headers.put("Content-Length", "0");
            return new DownloadPlan(416, headers, Optional.empty());
        }
        Optional<FileKind> kind = FileKind.ofMediaType(target.mediaType());
        headers.put("Content-Type", kind.map(FileKind::mediaType).orElse("application/octet-stream"));
        headers.put("Content-Disposition", disposition(target, kind));
        if (range instanceof RangeHeader.Part(ByteRange part)) {
            headers.put("Content-Range", part.contentRange(size));
            headers.put("Content-Length", Long.toString(part.length()));
            return new DownloadPlan(206, headers, Optional.of(part));
        }
        headers.put("Content-Length", Long.toString(size));
        return new DownloadPlan(200, headers, size == 0 ? Optional.empty() : Optional.of(ByteRange.whole(size)));
    }

    /** The strong ETag of a blob: its hash in quotes. */
    public static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    private static String disposition(Target target, Optional<FileKind> kind) {
        String fallback = target.sha256().substring(0, 12);
        String name = FileNames.safe(target.name()).orElse(fallback);
        if (kind.isEmpty()) {
            return ContentDisposition.attachment(name);
        }
        return ContentDisposition.of(kind.get().inline(), FileNames.withExtension(name, kind.get()));
    }

    /** RFC 9110 §13.1.2: {@code *} or any listed tag, compared weakly (a {@code W/} prefix is ignored). */
    private static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
