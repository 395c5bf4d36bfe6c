package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Files on disk, addressed by the SHA-256 of their content: {@code <root>/sha256/ab/cd/abcd…} (two directory
 * levels keep any one directory small). The same bytes uploaded twice are stored once. Plain Java, no container:
 * {@link FileStore} wraps it for the application.
 *
 * <pre>{@code
 * BlobStore blobs = new BlobStore(Path.of("/var/lib/akademi/files"), 200 * 1024 * 1024, new ContentSniffer());
 * BlobStore.Blob blob = blobs.put(upload.getInputStream(), "Laporan SHU 2025.pdf");   // or InvalidInputException
 * blob.sha256();                 // "3a7bd3e2…", also the ETag
 * Files.size(blobs.pathOf(blob.sha256()));
 * }</pre>
 *
 * <p>Writing streams through a 64 KB buffer, hashing as it goes, into a temporary file under {@code <root>/tmp}
 * (the same file system, so the final step is a rename), forces it to disk, sniffs it, then moves it into place
 * atomically. A crash leaves at most a temporary file (swept by {@link #sweepAbandonedUploads}), never a half
 * blob under its hash; two app instances writing the same blob at once both rename a complete, identical file
 * onto the same name, so whichever lands last changes nothing.
 *
 * <p>There is deliberately no way to delete a blob: a file referenced by a published course version must never
 * disappear. Removing unreferenced blobs is a later job that counts references across contexts first.
 */
public final class BlobStore {

    /** Read and write buffer; also what {@link FileServlet} uses. */
    public static final int BUFFER_BYTES = 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private final Path root;
    private final Path blobs;
    private final Path temporary;
    private final long maxBytes;
    private final ContentSniffer sniffer;

    /**
     * @param maxBytes largest file accepted; more is refused with {@value FileMessages#TOO_LARGE} while reading,
     *                 without reading the rest
     */
    public BlobStore(Path root, long maxBytes, ContentSniffer sniffer) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        this.root = root.toAbsolutePath().normalize();
        this.blobs = this.root.resolve("sha256");
        this.temporary = this.root.resolve("tmp");
        this.maxBytes = maxBytes;
        this.sniffer = Objects.requireNonNull(sniffer);
    }

    /**
     * A stored file: its hash, size, kind, the normalised extension, the safe name it came with (with an extension
     * that fits its content) and whether this call added it ({@code false}: the same bytes were already here).
     */
    public record Blob(String sha256, long sizeBytes, FileKind kind, String extension, String name, boolean added) {
        public String mediaType() {
            return kind.mediaType();
        }
    }

    /**
     * Stores what {@code in} yields if it is one of the {@link FileKind#UPLOADS} and its name agrees. Does not close
     * {@code in}.
     *
     * @throws InvalidInputException with one problem for the field {@value SniffResult#FIELD}:
     *                               {@value FileMessages#NAME_INVALID}, {@value FileMessages#EMPTY},
     *                               {@value FileMessages#TOO_LARGE} (argument: the limit in MB) or a refusal of
     *                               {@link ContentSniffer}; nothing is left behind
     * @throws UncheckedIOException  when the disk fails
     */
    public Blob put(InputStream in, String originalName) {
        String name = FileNames.safe(originalName)
                .orElseThrow(() -> refusal(FileMessages.NAME_INVALID));
        Path upload = null;
        try {
            Files.createDirectories(temporary);
            upload = Files.createTempFile(temporary, "upload-", ".part");
            MessageDigest digest = Sha256.newDigest();
            long size = copy(in, upload, digest);
            if (size == 0) {
                throw refusal(FileMessages.EMPTY);
            }
            SniffResult.Accepted accepted = sniffer.sniff(upload, name).orThrow();
            String sha256 = HexFormat.of().formatHex(digest.digest());
            boolean added = moveIntoPlace(upload, pathOf(sha256), size);
            return new Blob(sha256, size, accepted.kind(), accepted.extension(),
                    FileNames.withExtension(name, accepted.kind()), added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private long copy(InputStream in, Path upload, MessageDigest digest) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (FileChannel out = FileChannel.open(upload, StandardOpenOption.WRITE)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw refusal(FileMessages.TOO_LARGE, maxBytes / MEGABYTE);
                }
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // on disk before it gets its final name: after a power cut a blob is either whole or absent
            out.force(true);
        }
        return size;
    }

    /** @return whether the blob is new */
    private static boolean moveIntoPlace(Path upload, Path target, long size) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            // replaces a damaged copy of the wrong size too; a rename onto identical bytes changes nothing
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            // a file system that will not rename onto an existing name: another writer was first with the same bytes
            return false;
        }
    }

    /** Where the blob lives (whether or not it exists). */
    public Path pathOf(String sha256) {
        Sha256.require(sha256);
        return blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Sha256.isWellFormed(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    /** The size on disk, empty when there is no such blob. */
    public Optional<Long> size(String sha256) {
        if (!contains(sha256)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.size(pathOf(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content, for the caller to stream and close.
     *
     * @throws NotFoundException ({@value FileMessages#NOT_FOUND}) for a malformed or unknown hash
     */
    public InputStream open(String sha256) {
        if (!Sha256.isWellFormed(sha256)) {
            throw new NotFoundException(FileMessages.NOT_FOUND);
        }
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new NotFoundException(FileMessages.NOT_FOUND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes temporary files last written before {@code before} — uploads that a crash or a killed instance never
     * finished. Pass a time well in the past (a day): another instance may be writing one right now.
     *
     * @return how many were removed
     */
    public int sweepAbandonedUploads(Instant before) {
        if (!Files.isDirectory(temporary)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(temporary, "upload-*.part")) {
            for (Path part : parts) {
                try {
                    if (Files.getLastModifiedTime(part).toInstant().isBefore(before) && Files.deleteIfExists(part)) {
                        removed++;
                    }
                } catch (NoSuchFileException e) {
                    // finished or swept by another instance meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    public Path root() {
        return root;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static InvalidInputException refusal(String messageKey, Object... arguments) {
        return new InvalidInputException(Problem.of(SniffResult.FIELD, messageKey, arguments));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for sweepAbandonedUploads; the upload itself succeeded or was refused already
        }
    }
}
