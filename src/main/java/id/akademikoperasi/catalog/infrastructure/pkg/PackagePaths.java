package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.QuestionBankSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for paths inside a course package: lowercase {@code [a-z0-9._-]+} segments separated by {@code /}
 * (safe on every file system and in every URL), and only the file types a course needs. Active content (HTML,
 * SVG, scripts, programs) is refused by name so it can never be served from the application's origin.
 */
final class PackagePaths {

    static final String MANIFEST = "course.yml";

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9._-]+");
    private static final Set<String> TEXT_TYPES = Set.of("md", "gift", "txt");
    private static final Set<String> MEDIA_TYPES = Set.of("png", "jpg", "jpeg", "pdf", "mp4", "pptx", "docx", "xlsx");
    /** For messages, in the order a trainer thinks of them. */
    static final String ALLOWED_TYPES = "course.yml, .md, .gift, .txt, .png, .jpg, .jpeg, .pdf, .mp4, .pptx, .docx, .xlsx";

    /** Files that operating systems add to folders and zips by themselves; skipped rather than refused. */
    private static final Set<String> SYSTEM_JUNK = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final String MAC_RESOURCE_FORKS = "__MACOSX";

    /** Whether the path is relative, made of allowed segments, with no {@code .} or {@code ..} step. */
    static boolean isValid(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The extension of the last segment, lowercased, without the dot; empty when there is none. */
    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isAllowedType(String path) {
        String extension = extension(path);
        return path.equals(MANIFEST) || TEXT_TYPES.contains(extension) || MEDIA_TYPES.contains(extension);
    }

    /** The format of a question bank file, or {@code null} when its extension is not a bank's. */
    static QuestionBankSource.Format bankFormat(String path) {
        return switch (extension(path)) {
            case "gift" -> QuestionBankSource.Format.GIFT;
            case "txt" -> QuestionBankSource.Format.AIKEN;
            default -> null;
        };
    }

    static boolean isMedia(String path) {
        return MEDIA_TYPES.contains(extension(path));
    }

    static boolean isJunk(String path) {
        List<String> segments = List.of(path.split("/"));
        return segments.contains(MAC_RESOURCE_FORKS) || SYSTEM_JUNK.contains(segments.getLast());
    }

    /**
     * Adds the problem of one file path relative to the course root, if it has one: a refused type is named
     * first (it matters more than capitals in a name).
     *
     * @param shownPath the path as the trainer knows it (for a zip, with its top folder)
     */
    static boolean check(String path, String shownPath, PackageProblems problems) {
        if (!isAllowedType(path)) {
            String extension = extension(path);
            problems.add(shownPath, 0, "catalog.package.fileType", extension.isEmpty() ? "-" : "." + extension, ALLOWED_TYPES);
            return false;
        }
        if (!isValid(path)) {
            problems.add(shownPath, 0, "catalog.package.badName");
            return false;
        }
        return true;
    }

    private PackagePaths() {
    }
}
