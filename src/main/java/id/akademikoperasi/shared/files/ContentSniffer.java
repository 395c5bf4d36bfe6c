package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.files.SniffResult.Accepted;
import id.akademikoperasi.shared.files.SniffResult.Refused;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides what a file is from its bytes, never from its name or the browser's claim, and refuses what the
 * academy does not keep. Thread-safe; one instance serves everyone.
 *
 * <pre>{@code
 * ContentSniffer sniffer = new ContentSniffer();
 * sniffer.sniff(upload, "Materi 1.pptx");      // Accepted[PPTX, application/vnd…presentation, pptx]
 * sniffer.sniff(upload, "foto.jpg");           // Refused[files.disguised, [PNG, jpg]] when the bytes are a PNG
 * sniffer.sniffText(bytes, "modul-1.md");      // Accepted[TEXT, text/plain; charset=UTF-8, md]
 * }</pre>
 *
 * <p>Accepted for upload: PDF, DOCX, XLSX, PPTX, PNG, JPG and MP4 ({@link FileKind#UPLOADS}). The allowed kinds are
 * recognised by their own signatures at offset 0 (so a file with something else in front, a classic polyglot
 * trick, is not accepted), Office files by looking inside the zip: a {@code [Content_Types].xml} plus exactly
 * one of {@code word/}, {@code xl/}, {@code ppt/}. Everything else goes to Apache Tika's magic detection (without
 * the name) only to pick the clearest refusal:
 * <ul>
 *   <li>HTML ({@value FileMessages#HTML}): served from our origin it would run its scripts as us.</li>
 *   <li>SVG, every SVG ({@value FileMessages#SVG}): SVG is XML that may carry {@code <script>}, event handler
 *       attributes, {@code <foreignObject>} with HTML and external references; opened directly it is a web page
 *       in our origin. Telling harmless SVG from harmful needs a sanitiser we would have to trust forever; PNG
 *       does the same job for course pictures.</li>
 *   <li>Programs ({@value FileMessages#EXECUTABLE}): ELF, Windows PE/MZ, Mach-O, Java class files and jars,
 *       Android dex/apk, scripts starting with {@code #!}.</li>
 *   <li>Office files with macros ({@value FileMessages#MACRO}), the old binary Office formats and encrypted
 *       Office files ({@value FileMessages#OLD_OFFICE}), other archives ({@value FileMessages#ARCHIVE}), and
 *       anything not recognised ({@value FileMessages#UNKNOWN}) or recognised but not allowed
 *       ({@value FileMessages#TYPE_NOT_ALLOWED}).</li>
 * </ul>
 * Last, the name's extension must agree with the content ({@value FileMessages#DISGUISED}): a PNG called
 * {@code .jpg} or a PDF called {@code .exe} is refused rather than quietly renamed, because a mismatch usually means
 * the wrong file or a trick. A name without any extension is accepted and gets the canonical one.
 */
public final class ContentSniffer {

    /** Enough for every signature Tika knows (its magic reaches at most this far). */
    static final int HEAD_BYTES = 64 * 1024;
    /** A real PPTX has a few hundred entries; a zip with more than this is no Office file. */
    private static final int MAX_ZIP_ENTRIES = 20_000;

    /** ISO base media brands of MP4 video; QuickTime ({@code qt  }), 3GP, HEIC, AVIF and audio are not MP4. */
    private static final Set<String> MP4_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "mmp4", "MSNV", "M4V ");

    private static final Set<String> EXECUTABLE_TYPES = Set.of(
            "application/x-msdownload", "application/x-dosexec", "application/x-msdos-program",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-mach-o", "application/x-mach-o-executable",
            "application/java-vm", "application/java-archive", "application/x-java-archive",
            "application/vnd.android.package-archive", "application/x-dex",
            "application/x-sh", "application/x-shellscript", "application/x-csh", "application/x-bat",
            "application/x-ms-shortcut", "application/x-ms-installer", "application/x-msi", "application/hta",
            "application/x-ms-wim", "application/x-elc");

    private static final Set<String> ARCHIVE_TYPES = Set.of(
            "application/zip", "application/x-rar-compressed", "application/vnd.rar", "application/x-7z-compressed",
            "application/gzip", "application/x-gzip", "application/x-tar", "application/x-gtar", "application/x-bzip",
            "application/x-bzip2", "application/x-xz", "application/x-lzma", "application/x-lzip", "application/zstd",
            "application/x-compress", "application/x-archive", "application/x-cpio", "application/x-iso9660-image",
            "application/vnd.ms-cab-compressed", "application/x-apple-diskimage", "application/x-lzh-compressed",
            "application/x-arj", "application/x-ace-compressed", "application/x-stuffit");

    private static final Set<String> OLD_OFFICE_TYPES = Set.of(
            "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/x-tika-ooxml-protected", "application/rtf");

    private static final List<String> HTML_MARKERS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<meta ", "<object", "<embed");

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    /**
     * Whether the file is one of the {@link FileKind#UPLOADS} and its name agrees.
     *
     * @param file     the bytes, already on disk (Office files are recognised from the zip's central directory
     *                 at the end, so a stream would not do)
     * @param fileName the name the user gave; only its extension is compared, it decides nothing
     */
    public SniffResult sniff(Path file, String fileName) {
        Optional<String> name = FileNames.safe(fileName);
        if (name.isEmpty()) {
            return Refused.because(FileMessages.NAME_INVALID);
        }
        try {
            if (Files.size(file) == 0) {
                return Refused.because(FileMessages.EMPTY);
            }
            SniffResult byContent = classify(head(file, HEAD_BYTES), file);
            if (byContent instanceof Accepted accepted) {
                return agreeWithName(accepted.kind(), name.get());
            }
            return byContent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text of a course package: a {@code .md}, {@code .gift} or {@code .txt} name and content that is valid
     * UTF-8 without control characters other than tab, line breaks and form feed (a leading byte-order mark is
     * fine). Markup inside is allowed: Markdown may carry inline HTML, which the renderer sanitises, and stored
     * text is only ever served as {@code text/plain} with {@code nosniff}. A {@code #!} script is refused.
     */
    public SniffResult sniffText(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            return sniffText(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #sniffText(Path, String)}, for content already in memory (an entry read from a package). */
    public SniffResult sniffText(byte[] content, String fileName) {
        try {
            return sniffText(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SniffResult sniffText(InputStream in, String fileName) throws IOException {
        Optional<String> name = FileNames.safe(fileName);
        if (name.isEmpty()) {
            return Refused.because(FileMessages.NAME_INVALID);
        }
        Optional<String> extension = FileNames.extension(name.get());
        if (extension.filter(FileKind.TEXT::accepts).isEmpty()) {
            return Refused.because(FileMessages.TEXT_ONLY);
        }
        byte[] start = in.readNBytes(2);
        if (start.length == 0) {
            return Refused.because(FileMessages.EMPTY);
        }
        if (startsWith(start, new byte[]{'#', '!'})) {
            return Refused.because(FileMessages.EXECUTABLE);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(start), in), utf8)) {
            char[] buffer = new char[8192];
            boolean atStart = true;
            int read;
            while ((read = reader.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    boolean byteOrderMark = atStart && i == 0 && c == '\uFEFF';
                    boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f;
                    if (control && !byteOrderMark) {
                        return Refused.because(FileMessages.TEXT_ONLY);
                    }
                }
                atStart = false;
            }
        } catch (CharacterCodingException e) {
            return Refused.because(FileMessages.TEXT_ONLY);
        }
        return Accepted.as(FileKind.TEXT, extension.get());
    }

    private SniffResult classify(byte[] head, Path file) throws IOException {
        if (isProgram(head)) {
            return Refused.because(FileMessages.EXECUTABLE);
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Accepted.as(FileKind.PDF, FileKind.PDF.extension());
        }
        if (startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Accepted.as(FileKind.PNG, FileKind.PNG.extension());
        }
        if (startsWith(head, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Accepted.as(FileKind.JPEG, FileKind.JPEG.extension());
        }
        if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp") && MP4_BRANDS.contains(ascii(head, 8, 4))) {
            return Accepted.as(FileKind.MP4, FileKind.MP4.extension());
        }
        if (startsWith(head, new byte[]{'P', 'K', 3, 4}) || startsWith(head, new byte[]{'P', 'K', 5, 6})) {
            return inspectZip(file);
        }
        return byTika(head);
    }

    /** ELF, PE/MZ, Mach-O (both byte orders, 32 and 64 bit), Java class or Mach-O fat binary, Android dex, #!. */
    private static boolean isProgram(byte[] head) {
        byte[][] signatures = {
                {0x7f, 'E', 'L', 'F'},
                {'M', 'Z'},
                {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xce}, {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xcf},
                {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe}, {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
                {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe},
                {'d', 'e', 'x', '\n'},
                {'#', '!'},
                {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '#', '!'}};
        return Arrays.stream(signatures).anyMatch(signature -> startsWith(head, signature));
    }

    /** Only the central directory is read (names, no content), so a zip bomb costs nothing here. */
    private static SniffResult inspectZip(Path file) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean powerPoint = false;
        boolean macros = false;
        boolean program = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                return Refused.because(FileMessages.ARCHIVE);
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                String lower = name.toLowerCase(Locale.ROOT);
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                powerPoint |= name.startsWith("ppt/");
                macros |= lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml");
                program |= name.equals("META-INF/MANIFEST.MF") || lower.endsWith(".class")
                        || name.equals("classes.dex") || name.equals("AndroidManifest.xml");
            }
        } catch (IOException | RuntimeException e) {
            // a damaged zip, or one whose names are not valid in any encoding: nothing we can vouch for
            return Refused.because(FileMessages.UNKNOWN);
        }
        if (program) {
            return Refused.because(FileMessages.EXECUTABLE);
        }
        int parts = (word ? 1 : 0) + (excel ? 1 : 0) + (powerPoint ? 1 : 0);
        if (!contentTypes || parts != 1) {
            return Refused.because(FileMessages.ARCHIVE);
        }
        if (macros) {
            return Refused.because(FileMessages.MACRO);
        }
        FileKind kind = word ? FileKind.DOCX : excel ? FileKind.XLSX : FileKind.PPTX;
        return Accepted.as(kind, kind.extension());
    }

    /** Tika's view, without the name, for what is none of ours: only the choice of refusal depends on it. */
    private SniffResult byTika(byte[] head) throws IOException {
        MediaType detected = tika.detect(new ByteArrayInputStream(head), new Metadata());
        List<String> lineage = lineage(detected);
        if (lineage.contains("image/svg+xml")) {
            return Refused.because(FileMessages.SVG);
        }
        if (lineage.contains("text/html") || lineage.contains("application/xhtml+xml")) {
            return Refused.because(FileMessages.HTML);
        }
        if (lineage.stream().anyMatch(EXECUTABLE_TYPES::contains) || lineage.stream().anyMatch(t -> t.contains("mach-o"))) {
            return Refused.because(FileMessages.EXECUTABLE);
        }
        if (lineage.stream().anyMatch(OLD_OFFICE_TYPES::contains)) {
            return Refused.because(FileMessages.OLD_OFFICE);
        }
        if (lineage.stream().anyMatch(ARCHIVE_TYPES::contains)) {
            return Refused.because(FileMessages.ARCHIVE);
        }
        boolean textual = lineage.contains("text/plain") || lineage.contains("application/xml");
        if (textual) {
            // Tika reads markup only near the start; a browser sniffs further, so look through the whole head
            String lower = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (lower.contains("<svg")) {
                return Refused.because(FileMessages.SVG);
            }
            if (HTML_MARKERS.stream().anyMatch(lower::contains)) {
                return Refused.because(FileMessages.HTML);
            }
            return Refused.because(FileMessages.TYPE_NOT_ALLOWED);
        }
        if (lineage.getFirst().equals(MediaType.OCTET_STREAM.toString())) {
            return Refused.because(FileMessages.UNKNOWN);
        }
        return Refused.because(FileMessages.TYPE_NOT_ALLOWED);
    }

    /** The detected type followed by its supertypes in Tika's registry (text/html → text/plain → …). */
    private List<String> lineage(MediaType type) {
        MediaTypeRegistry registry = tika.getMediaTypeRegistry();
        List<String> types = new ArrayList<>();
        for (MediaType t = registry.normalize(type.getBaseType()); t != null && types.size() < 16; t = registry.getSupertype(t)) {
            types.add(t.getBaseType().toString());
        }
        if (types.isEmpty()) {
            types.add(type.getBaseType().toString());
        }
        return types;
    }

    private static SniffResult agreeWithName(FileKind kind, String name) {
        Optional<String> extension = FileNames.extension(name);
        if (extension.isEmpty()) {
            return Accepted.as(kind, kind.extension());
        }
        if (!kind.accepts(extension.get())) {
            return Refused.because(FileMessages.DISGUISED, kind.label(), extension.get());
        }
        return Accepted.as(kind, extension.get());
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] data, int offset, int length) {
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }
}
