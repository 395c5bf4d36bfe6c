package id.akademikoperasi.catalog.infrastructure.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A media file of a course package (image, PDF, video, office document).
 *
 * <pre>{@code
 * try (InputStream in = media.open()) {
 *     fileStore.put(media.sha256(), in);
 * }
 * }</pre>
 *
 * @param path   where it lies in the package, e.g. {@code media/struktur-organisasi.png}
 * @param size   bytes
 * @param sha256 hex digest of the bytes
 * @param file   the bytes on disk: the file in the course folder, or in the package's extraction folder, which
 *               is deleted when the {@link CoursePackage} is closed
 */
public record PackageMedia(String path, long size, String sha256, Path file) {

    public PackageMedia {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }
}
