package id.akademikoperasi.shared.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the academy keeps, each with its canonical media type and the name extensions that may
 * carry it. The kind is always decided from the content ({@link ContentSniffer}); the extension only has to agree.
 *
 * <pre>{@code
 * FileKind.JPEG.accepts("jpeg");          // true: .jpg and .jpeg are the same kind
 * FileKind.JPEG.normalisedExtension("jpeg"); // "jpg"
 * FileKind.DOCX.inline();                 // false: Office files are downloaded, never shown in the browser
 * }</pre>
 */
public enum FileKind {

    PDF("application/pdf", "PDF", true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", false, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", false, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX", false, "pptx"),
    PNG("image/png", "PNG", true, "png"),
    JPEG("image/jpeg", "JPG", true, "jpg", "jpeg"),
    MP4("video/mp4", "MP4", true, "mp4"),
    /**
     * UTF-8 text of course packages (Markdown lessons, GIFT question banks, notes); only
     * {@link ContentSniffer#sniffText} yields it, a member's upload never does. Always served as plain text.
     */
    TEXT("text/plain; charset=UTF-8", "TXT", true, "txt", "md", "gift");

    /** What members and trainers may upload. */
    public static final Set<FileKind> UPLOADS = EnumSet.of(PDF, DOCX, XLSX, PPTX, PNG, JPEG, MP4);

    private final String mediaType;
    private final String label;
    private final boolean inline;
    private final List<String> extensions;

    FileKind(String mediaType, String label, boolean inline, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.inline = inline;
        this.extensions = List.of(extensions);
    }

    /** The canonical media type, sent as {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The short format name users know (PDF, DOCX, JPG …), for messages such as "this file is a PNG". */
    public String label() {
        return label;
    }

    /**
     * Whether browsers show it in place ({@code Content-Disposition: inline}). Office files are always saved:
     * no browser renders them, and opening them from disk in Office keeps Protected View in charge.
     */
    public boolean inline() {
        return inline;
    }

    /** The canonical extension, without the dot. */
    public String extension() {
        return extensions.getFirst();
    }

    /** @param extension without the dot, any case */
    public boolean accepts(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The extension to record for a name that ends in {@code extension} (which this kind accepts): synonyms fold
     * into the canonical one (jpeg → jpg), while the text extensions stay apart because they mean different
     * things to the course importer (md is a lesson, gift a question bank).
     */
    public String normalisedExtension(String extension) {
        if (this == TEXT && accepts(extension)) {
            return extension.toLowerCase(Locale.ROOT);
        }
        return extension();
    }

    /** The kind whose canonical media type this is (parameters such as charset ignored). */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String essence = essence(mediaType);
        for (FileKind kind : values()) {
            if (essence(kind.mediaType).equals(essence)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
