package id.akademikoperasi.shared.files;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Downloads: {@code GET} and {@code HEAD /files/{sha256}/{name}}, streamed in 64 KB pieces (non-blocking, so a slow
 * viewer does not hold a request thread) with ETag, Range and safe headers (all decided by {@link DownloadPlan}).
 *
 * <pre>{@code
 * <a href="#{request.contextPath}#{file.downloadPath()}">#{file.name()}</a>
 * String path = FileServlet.path(sha256, "Laporan SHU 2025.pdf");   // /files/3a7b…/Laporan%20SHU%202025.pdf
 * }</pre>
 *
 * <p>In this order: a path whose first segment is not 64 lower-case hex digits is 404 before anything else is
 * looked at, so no path ever reaches the file system. Then the {@link FileAccessPolicy} beans are asked; when none
 * says yes — or none is deployed — the answer is 403, for logged-in and anonymous users alike: no redirect to the
 * login page (a video player or a download manager could not follow it), and a 401 would need an authentication
 * challenge this form-login application does not have. Then an unknown hash, or a recorded one whose bytes are
 * missing, is 404. The name segment is free text: it only names the download (and gets an extension fitting the
 * content), it never selects a file.
 */
@WebServlet(name = "FileServlet", urlPatterns = FileServlet.PREFIX + "/*", asyncSupported = true)
public class FileServlet extends HttpServlet {

    public static final String PREFIX = "/files";
    private static final Logger LOG = Logger.getLogger(FileServlet.class.getName());

    @Inject
    private FileStore files;

    @Inject
    private Instance<FileAccessPolicy> policies;

    /** The link to a blob below the context root, with the name it should be downloaded under. */
    public static String path(String sha256, String name) {
        Sha256.require(sha256);
        String safe = FileNames.safe(name).orElse(sha256.substring(0, 12));
        return PREFIX + "/" + sha256 + "/" + FileNames.pathSegment(safe);
    }

    /** What a request path asks for. */
    record Requested(String sha256, String name) {
    }

    /** {@code /{sha256}} or {@code /{sha256}/{name}}; empty when the hash is malformed. */
    static Optional<Requested> parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String rest = pathInfo.substring(1);
        int slash = rest.indexOf('/');
        String sha256 = slash < 0 ? rest : rest.substring(0, slash);
        if (!Sha256.isWellFormed(sha256)) {
            return Optional.empty();
        }
        return Optional.of(new Requested(sha256, slash < 0 ? "" : rest.substring(slash + 1)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<Requested> requested = parse(request.getPathInfo());
        if (requested.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String sha256 = requested.get().sha256();
        if (!mayRead(request, sha256)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<StoredFile> stored = files.find(sha256);
        Path path = files.pathOf(sha256);
        long size;
        try {
            size = stored.isPresent() ? Files.size(path) : -1;
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "blob " + sha256 + " is recorded but missing from " + path);
            size = -1;
        }
        if (size < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DownloadPlan plan = DownloadPlan.decide(
                new DownloadPlan.Target(sha256, size, stored.get().mediaType(), requested.get().name()),
                new DownloadPlan.Conditions(request.getHeader("If-None-Match"), request.getHeader("Range"),
                        request.getHeader("If-Range")));
        response.setStatus(plan.status());
        for (Map.Entry<String, String> header : plan.headers().entrySet()) {
            switch (header.getKey()) {
                case "Content-Length" -> response.setContentLengthLong(Long.parseLong(header.getValue()));
                case "Content-Type" -> response.setContentType(header.getValue());
                default -> response.setHeader(header.getKey(), header.getValue());
            }
        }
        if (withBody && plan.body().isPresent()) {
            if (request.isAsyncSupported()) {
                // a phone on a slow line takes minutes over a video: the bytes go out as the connection accepts
                // them, without holding one of the few request threads for all that time
                AsyncContext async = request.startAsync();
                async.setTimeout(0);
                ServletOutputStream out = response.getOutputStream();
                out.setWriteListener(new RangeWriter(sha256, Files.newByteChannel(path), plan.body().get(), out, async));
                return;
            }
            try {
                copy(path, plan.body().get(), response.getOutputStream());
            } catch (IOException e) {
                // the usual cause is a viewer that closed the connection (a video seeking elsewhere): nothing to do
                LOG.log(Level.FINE, "download of " + sha256 + " ended early", e);
            }
        }
    }

    /** Writes a range with non-blocking output: each time the connection can take more, one 64 KB piece. */
    private static final class RangeWriter implements WriteListener {
        private final String sha256;
        private final SeekableByteChannel channel;
        private final ServletOutputStream out;
        private final AsyncContext async;
        private final ByteBuffer buffer = ByteBuffer.allocate(BlobStore.BUFFER_BYTES);
        private long remaining;

        RangeWriter(String sha256, SeekableByteChannel channel, ByteRange range, ServletOutputStream out,
                    AsyncContext async) throws IOException {
            this.sha256 = sha256;
            this.channel = channel;
            this.out = out;
            this.async = async;
            this.remaining = range.length();
            channel.position(range.first());
        }

        @Override
        public void onWritePossible() throws IOException {
            while (remaining > 0 && out.isReady()) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                int read = channel.read(buffer);
                if (read < 0) {
                    LOG.warning(() -> "blob " + sha256 + " ended before the range did");
                    finish();
                    return;
                }
                out.write(buffer.array(), 0, read);
                remaining -= read;
            }
            if (remaining == 0) {
                finish();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // the usual cause is a viewer that closed the connection (a video seeking elsewhere): nothing to do
            LOG.log(Level.FINE, "download of " + sha256 + " ended early", failure);
            finish();
        }

        private void finish() {
            if (remaining < 0) {
                return;
            }
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing blob " + sha256, e);
            }
            remaining = -1;
            async.complete();
        }
    }

    /** Any policy that says yes lets the request through; none deployed means no. */
    private boolean mayRead(HttpServletRequest request, String sha256) {
        for (Instance.Handle<FileAccessPolicy> handle : policies.handles()) {
            try {
                if (handle.get().mayRead(request, sha256)) {
                    return true;
                }
            } finally {
                if (handle.getBean().getScope() == Dependent.class) {
                    handle.destroy(); // otherwise each request would leave one more instance behind
                }
            }
        }
        return false;
    }

    /** Sends exactly the bytes of {@code range}, 64 KB at a time; the file is never read whole. */
    static void copy(Path file, ByteRange range, OutputStream out) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(range.first());
            ByteBuffer buffer = ByteBuffer.allocate(BlobStore.BUFFER_BYTES);
            long remaining = range.length();
            while (remaining > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new EOFException("the file ended before the range did");
                }
                out.write(buffer.array(), 0, read);
                remaining -= read;
            }
        }
    }
}
