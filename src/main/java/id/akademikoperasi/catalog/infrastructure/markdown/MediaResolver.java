package id.akademikoperasi.catalog.infrastructure.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a relative reference written in a lesson ({@code media/bmc.png}, {@code ./media/bmc.png},
 * {@code ../media/bmc.png}) into the address the app serves that file from, or {@link Optional#empty()} when the
 * course package holds no such file.
 * <pre>{@code
 * MediaResolver media = MediaResolver.inPackage("lessons/02-kanvas.md",
 *         path -> files.urlOf(courseVersion, path));          // "media/bmc.png" -> "/files/<sha256>/bmc.png"
 * String html = renderer.toSafeHtml(markdown, media);
 * }</pre>
 * The renderer only keeps a resolved address that starts with {@code /files/}; anything else counts as unresolved,
 * so a resolver cannot smuggle an outside address into a lesson by mistake. It is never asked about absolute
 * addresses ({@code https://…}) or other schemes: those are decided by the renderer.
 */
@FunctionalInterface
public interface MediaResolver {

    /** The served address of the file the lesson refers to, as written in the Markdown. */
    Optional<String> resolve(String reference);

    /** Resolves nothing: images become their alt text and relative links plain text (previews, plain text). */
    static MediaResolver none() {
        return reference -> Optional.empty();
    }

    /**
     * Resolves references against the files of one course package. A reference is first read relative to the
     * lesson's own folder (so {@code ../media/bmc.png} from {@code lessons/x.md} works, as in any Markdown editor),
     * then relative to the package root (so {@code media/bmc.png} works too, the way trainers usually write it).
     * Query and fragment are ignored and percent-escapes decoded. References that climb above the package root,
     * are absolute or contain a backslash resolve to nothing, so a lesson can only show files of its own package.
     *
     * @param documentPath     path of the lesson inside the package, e.g. {@code lessons/04-hpp.md}
     * @param urlOfPackageFile served address of a package file by its normalised path ({@code media/bmc.png}),
     *                         empty when the package has no such file
     */
    static MediaResolver inPackage(String documentPath, Function<String, Optional<String>> urlOfPackageFile) {
        int slash = documentPath.lastIndexOf('/');
        String folder = slash < 0 ? "" : documentPath.substring(0, slash + 1);
        return reference -> {
            Optional<String> inFolder = packagePath(folder, reference).flatMap(urlOfPackageFile);
            return inFolder.isPresent() || folder.isEmpty()
                    ? inFolder
                    : packagePath("", reference).flatMap(urlOfPackageFile);
        };
    }

    /**
     * The normalised package path a reference points to from {@code folder} ({@code ""} or ending in {@code /}),
     * or empty when it leaves the package or is not a plain relative path.
     */
    private static Optional<String> packagePath(String folder, String reference) {
        String path = reference.strip();
        int end = indexOfAny(path, "?#");
        if (end >= 0) {
            path = path.substring(0, end);
        }
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return Optional.empty();
        }
        Optional<String> decoded = percentDecoded(path);
        if (decoded.isEmpty() || decoded.get().contains("\\")) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (folder + decoded.get()).split("/", -1)) {
            switch (segment) {
                case "", "." -> {
                    // "a//b" and "./a" name the same file as "a/b" and "a"
                }
                case ".." -> {
                    if (segments.pollLast() == null) {
                        return Optional.empty();
                    }
                }
                default -> segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        // not URLDecoder: that would also turn '+' into a space, which is not how paths are decoded
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else if (i + 2 < path.length() && HexFormat.isHexDigit(path.charAt(i + 1))
                    && HexFormat.isHexDigit(path.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(path, i + 1, i + 3));
                i += 2;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
