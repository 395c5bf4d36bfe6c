package id.akademikoperasi.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTTP {@code Range} header (RFC 9110 §14) for a file of a known size.
 *
 * <pre>{@code
 * RangeHeader.parse("bytes=0-99", 1000);    // Part[0-99]
 * RangeHeader.parse("bytes=900-", 1000);    // Part[900-999]
 * RangeHeader.parse("bytes=-100", 1000);    // Part[900-999]  (the last 100 bytes)
 * RangeHeader.parse("bytes=1000-", 1000);   // Unsatisfiable  → 416 with the size in Content-Range
 * RangeHeader.parse("bytes=a-b", 1000);     // Whole          → 200 with the whole file
 * }</pre>
 * A header that is absent, malformed, in another unit, or that asks for several ranges is answered with the
 * whole file, which RFC 9110 allows ("a server MAY ignore the Range header field"). Several ranges would need a
 * {@code multipart/byteranges} body; video players and download managers resume with one range, so the whole
 * file is the simpler honest answer.
 */
public final class RangeHeader {

    /** What to send. */
    public sealed interface Request {
    }

    /** No usable range: 200 with the whole file. */
    public record Whole() implements Request {
    }

    /** One satisfiable range: 206. */
    public record Part(ByteRange range) implements Request {
    }

    /** A well-formed range that lies wholly beyond the end: 416. */
    public record Unsatisfiable() implements Request {
    }

    private static final Pattern FROM_TO = Pattern.compile("(\\d+)-(\\d*)");
    private static final Pattern SUFFIX = Pattern.compile("-(\\d+)");

    public static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return new Whole();
        }
        // RFC 9110 lists may hold empty elements ("bytes=0-99,"): they count for nothing
        List<String> specs = Arrays.stream(header.substring(equals + 1).split(",", -1))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (specs.size() != 1) {
            return new Whole();
        }
        String spec = specs.getFirst();
        Matcher fromTo = FROM_TO.matcher(spec);
        if (fromTo.matches()) {
            long first = number(fromTo.group(1));
            long last = fromTo.group(2).isEmpty() ? Long.MAX_VALUE : number(fromTo.group(2));
            if (last < first) {
                return new Whole();
            }
            if (first >= size) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(first, Math.min(last, size - 1)));
        }
        Matcher suffix = SUFFIX.matcher(spec);
        if (suffix.matches()) {
            long length = number(suffix.group(1));
            if (length == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - length), size - 1));
        }
        return new Whole();
    }

    /** Digits only (the patterns made sure); more than a long holds means "beyond any file". */
    private static long number(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 18 ? Long.MAX_VALUE : Long.parseLong(significant);
    }

    private RangeHeader() {
    }
}
