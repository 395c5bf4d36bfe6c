package id.akademikoperasi.shared.files;

/**
 * The message keys of file refusals, for pages and tests that want to name one. Every key is in both bundles.
 *
 * <pre>{@code
 * catch (InvalidInputException e) {
 *     if (e.hasProblem(FileMessages.TOO_LARGE)) { ... }
 *     Messages.show(e, Map.of(SniffResult.FIELD, "form:upload"));
 * }
 * }</pre>
 */
public final class FileMessages {

    public static final String EMPTY = "files.empty";
    /** Argument: the limit in whole megabytes (MiB). */
    public static final String TOO_LARGE = "files.tooLarge";
    public static final String TYPE_NOT_ALLOWED = "files.typeNotAllowed";
    /** Arguments: the format found in the content (PNG), the extension of the name (jpg). */
    public static final String DISGUISED = "files.disguised";
    public static final String HTML = "files.html";
    public static final String SVG = "files.svg";
    public static final String EXECUTABLE = "files.executable";
    public static final String MACRO = "files.macro";
    public static final String ARCHIVE = "files.archive";
    public static final String OLD_OFFICE = "files.oldOffice";
    public static final String UNKNOWN = "files.unknown";
    public static final String NAME_INVALID = "files.nameInvalid";
    public static final String TEXT_ONLY = "files.textOnly";
    public static final String NOT_FOUND = "files.notFound";

    private FileMessages() {
    }
}
