package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.infrastructure.pkg.Utf8Text;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The text and the name of a question bank a trainer brings: strict UTF-8 within a size limit, and a file name
 * under {@code questions/} whose ending says the format, as in a course package ({@code .gift} GIFT,
 * {@code .txt} Aiken), so a draft's banks read the same whichever way they came.
 *
 * <pre>{@code
 * BankFiles.path("Bank Modul 1.gift", Format.GIFT);   // Optional[questions/bank-modul-1.gift]
 * }</pre>
 */
final class BankFiles {

    /** A bank is text: a megabyte holds thousands of questions. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_NAME = 60;
    static final String FOLDER = "questions/";

    /**
     * The text of an uploaded file. Refused with a problem on {@code field}: empty, larger than {@link #MAX_BYTES},
     * or not UTF-8 (naming the line of the first bad byte). A leading byte-order mark is dropped.
     */
    static String read(InputStream in, String field) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(Problem.of(field, "catalog.bank.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException(Problem.of(field, "catalog.bank.empty"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer source = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(source, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            throw new InvalidInputException(Problem.of(field, "catalog.bank.notUtf8",
                    String.valueOf(Utf8Text.lineAt(bytes, source.position()))));
        }
        String decoded = text.flip().toString();
        return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    }

    /** Whether pasted text fits the same limit as a file. */
    static boolean fits(String text) {
        return text.length() <= MAX_BYTES && text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /**
     * The bank's path for a name a trainer typed or a file was called: lowercase letters, digits and dashes,
     * the format's ending. Empty when nothing usable is left of the name.
     */
    static Optional<String> path(String name, QuestionBankSource.Format format) {
        if (name == null) {
            return Optional.empty();
        }
        String base = name.strip().replaceFirst("(?i)\\.(gift|txt)$", "");
        String slug = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty() || slug.length() > MAX_NAME) {
            return Optional.empty();
        }
        return Optional.of(FOLDER + slug + (format == QuestionBankSource.Format.AIKEN ? ".txt" : ".gift"));
    }

    /** What a trainer calls a bank: its file name. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private BankFiles() {
    }
}
