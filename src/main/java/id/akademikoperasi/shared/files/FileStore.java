package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The academy's file store: uploads checked by content, kept once per distinct content under their SHA-256, and
 * recorded in {@code fil_blob}.
 *
 * <pre>{@code
 * @Inject FileStore files;
 *
 * try {
 *     StoredFile file = files.store(part.getInputStream(), part.getSubmittedFileName());
 *     material.attach(file.sha256(), file.name());
 * } catch (InvalidInputException e) {
 *     Messages.show(e, Map.of(SniffResult.FIELD, "form:upload"));    // files.tooLarge, files.disguised, …
 * }
 * }</pre>
 *
 * <p>Configuration: {@code ak.files.dir} ({@code AK_FILES_DIR}), the directory, shared by every app instance
 * (a volume or network file system that supports atomic rename); when unset, {@code ~/akademi-files} with a
 * warning, because a temporary directory would be emptied behind our back. {@code ak.files.max-bytes}
 * ({@code AK_FILES_MAX_BYTES}), the largest upload, 200 MB by default.
 *
 * <p>There is no delete: a file referenced by a published course version is never removed. Collecting blobs
 * that nothing references any more is a later, reference-counted job.
 */
@ApplicationScoped
@jakarta.inject.Named
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    static final String DEFAULT_FOLDER = "akademi-files";
    /** Temporary files older than this are uploads nobody will finish. */
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "ak.files.dir")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "ak.files.max-bytes", defaultValue = "209715200")
    long maxBytes;

    @Inject
    Clock clock;

    @Inject
    BlobRecords records;

    private BlobStore blobs;

    @PostConstruct
    void init() {
        blobs = new BlobStore(root(directory, Path.of(System.getProperty("user.home"))), maxBytes, new ContentSniffer());
        int swept = blobs.sweepAbandonedUploads(clock.instant().minus(ABANDONED_AFTER));
        LOG.info(() -> "files are stored in " + blobs.root() + (swept > 0 ? "; removed " + swept + " abandoned uploads" : ""));
    }

    /** The configured directory, or {@code <home>/akademi-files} with a warning. */
    static Path root(Optional<String> configured, Path home) {
        Optional<String> dir = configured.map(String::strip).filter(d -> !d.isEmpty());
        if (dir.isPresent()) {
            return Path.of(dir.get());
        }
        Path fallback = home.resolve(DEFAULT_FOLDER);
        LOG.warning("AK_FILES_DIR (ak.files.dir) is not set: files go to " + fallback
                + ". Set it in production to a directory that is backed up and shared by every instance.");
        return fallback;
    }

    /**
     * Checks, stores and records a file; the same bytes stored before are not written again. Does not close
     * {@code in}.
     *
     * @throws InvalidInputException with one problem for {@value SniffResult#FIELD} (see {@link FileMessages})
     * @throws UncheckedIOException  when the disk fails
     */
    public StoredFile store(InputStream in, String originalName) {
        BlobStore.Blob blob = blobs.put(in, originalName);
        // a blob written but not recorded (the insert failed) is harmless: the next upload of it records it
        Instant storedAt = records.record(blob.sha256(), blob.sizeBytes(), blob.mediaType(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (blob.added()) {
            StructuredLog.event("file.stored", "sha256", blob.sha256(), "size", blob.sizeBytes(), "type", blob.mediaType());
        }
        return new StoredFile(blob.sha256(), blob.sizeBytes(), blob.mediaType(), blob.name(), storedAt);
    }

    /**
     * The recorded blob, empty for an unknown or malformed hash. Its name is the neutral
     * {@code <first 12 hex digits>.<ext>}: names belong to whoever references the blob.
     */
    public Optional<StoredFile> find(String sha256) {
        if (!Sha256.isWellFormed(sha256)) {
            return Optional.empty();
        }
        return records.find(sha256).map(row -> new StoredFile(row.sha256(), row.sizeBytes(), row.mediaType(),
                neutralName(row.sha256(), row.mediaType()), row.createdAt()));
    }

    /**
     * Where the bytes live, whether or not they exist.
     *
     * @throws IllegalArgumentException for a malformed hash
     */
    public Path pathOf(String sha256) {
        return blobs.pathOf(sha256);
    }

    /**
     * The content, for the caller to close.
     *
     * @throws NotFoundException ({@value FileMessages#NOT_FOUND}) when there is no such blob on disk
     */
    public InputStream open(String sha256) {
        return blobs.open(sha256);
    }

    /** The largest upload accepted, for hints next to upload fields. */
    /** The upload limit in whole megabytes, for messages and hints on pages. */
    public long maxMegabytes() {
        return maxBytes() / (1024 * 1024);
    }

    public long maxBytes() {
        return maxBytes;
    }

    static String neutralName(String sha256, String mediaType) {
        String extension = FileKind.ofMediaType(mediaType).map(FileKind::extension).orElse("bin");
        return sha256.substring(0, 12) + "." + extension;
    }
}
