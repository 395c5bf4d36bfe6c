package id.akademikoperasi.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Original file names made safe to keep, show and send back: a name is data typed by a stranger, so it loses
 * anything that could act as a path, break a header or fool the eye.
 *
 * <pre>{@code
 * FileNames.safe("C:\\Users\\ani\\Laporan SHU 2025.pdf");   // Optional["Laporan SHU 2025.pdf"]
 * FileNames.safe("../../etc/passwd");                        // Optional["passwd"]
 * FileNames.safe("\"evil\"\r\nX-Header: 1.pdf");             // Optional["evilX-Header: 1.pdf"]
 * FileNames.extension("Foto.JPEG");                           // Optional["jpeg"]
 * FileNames.withExtension("laporan", FileKind.PDF);          // "laporan.pdf"
 * }</pre>
 */
public final class FileNames {

    /** Longest name kept, in characters (code points); longer ones lose the end of their base name. */
    public static final int MAX_LENGTH = 200;

    /**
     * The name without directories, control and invisible formatting characters (CR, LF, NUL, the bidi
     * overrides that make {@code "gpj.exe"} read as {@code "exe.jpg"}), quotes, leading dots (no hidden
     * files) and trailing dots or spaces; whitespace runs become one space; at most {@link #MAX_LENGTH}.
     * Empty when nothing usable is left.
     */
    public static Optional<String> safe(String original) {
        if (original == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // Browsers send "C:\fakepath\x.pdf" or a full Windows path; a name has no directories here.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll("\\s+", " ");
        name = name.replaceAll("^[\\s.]+", "").replaceAll("[\\s.]+$", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shorten(name));
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '"') {
            return false;
        }
        if (codePoint == '\t') {
            return true; // becomes a space with the other whitespace
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name).map(e -> name.substring(name.length() - e.length() - 1)).orElse("");
        int baseLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String base = name.substring(0, name.offsetByCodePoints(0, Math.max(1, baseLength)));
        return (base.strip() + extension);
    }

    /**
     * The extension in lower case without the dot: what follows the last dot, if it is 1 to 10 letters or
     * digits. {@code "data.tar.gz"} → {@code "gz"}, {@code "v1.0 final"} → empty.
     */
    public static Optional<String> extension(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        if (extension.length() > 10 || !extension.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return Optional.empty();
        }
        return Optional.of(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The name as it may be offered for download with content of this kind: unchanged when its extension fits,
     * otherwise with the kind's extension appended, so that a link crafted as {@code …/evil.html} saves
     * {@code evil.html.pdf}, never an HTML file with PDF inside.
     */
    public static String withExtension(String name, FileKind kind) {
        return extension(name).filter(kind::accepts).isPresent() ? name : name + "." + kind.extension();
    }

    /**
     * A printable-ASCII stand-in for the {@code filename="…"} parameter, for clients that ignore
     * {@code filename*}: accents dropped (é → e), every other non-ASCII character, backslash and per cent sign
     * (which some clients decode) turned into {@code _}. Call it on a {@link #safe} name (no quotes, no CR/LF).
     */
    public static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    /**
     * RFC 8187 (formerly 5987) {@code value-chars}: UTF-8, every byte outside {@code attr-char} per-cent encoded
     * with upper-case hex. {@code "Laporan (final).pdf"} → {@code "Laporan%20%28final%29.pdf"}.
     */
    public static String rfc5987(String value) {
        return percentEncode(value, "!#$&+-.^_`|~");
    }

    /** A URL path segment (RFC 3986): only unreserved characters stay as they are. */
    public static String pathSegment(String value) {
        return percentEncode(value, "-._~");
    }

    private static String percentEncode(String value, String keptPunctuation) {
        StringBuilder out = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean alphaNumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alphaNumeric || (c < 128 && keptPunctuation.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private FileNames() {
    }
}
