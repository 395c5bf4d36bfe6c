package id.akademikoperasi.shared.files;

import java.time.Instant;
import java.util.Objects;

/**
 * A file in the store, as callers see it.
 *
 * <pre>{@code
 * StoredFile file = fileStore.store(part.getInputStream(), part.getSubmittedFileName());
 * material.attach(file.sha256(), file.name());         // the referrer keeps the name, the store keeps bytes
 * String href = request.getContextPath() + file.downloadPath();   // /files/3a7b…/Laporan%20SHU%202025.pdf
 * }</pre>
 *
 * @param name the safe name this upload came with, ending in an extension that fits the content. A blob has no
 *             name of its own (the same bytes may arrive as "SHU.pdf" and "laporan.pdf"), so whoever references a
 *             blob keeps the name; {@link FileStore#find} can only offer a neutral {@code <first 12 hex digits>.<ext>}.
 * @param storedAt when these bytes were first stored (an earlier upload of the same content counts)
 */
public record StoredFile(String sha256, long sizeBytes, String mediaType, String name, Instant storedAt) {

    public StoredFile {
        Sha256.require(sha256);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(name);
        Objects.requireNonNull(storedAt);
    }

    public FileKind kind() {
        return FileKind.ofMediaType(mediaType).orElseThrow(() -> new IllegalStateException("unknown media type " + mediaType));
    }

    /** The download address below the context root, for {@link FileServlet}. */
    public String downloadPath() {
        return FileServlet.path(sha256, name);
    }
}
