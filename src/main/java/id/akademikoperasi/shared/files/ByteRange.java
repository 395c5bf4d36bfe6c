package id.akademikoperasi.shared.files;

/**
 * The bytes {@code first} to {@code last} of a file, both inclusive, as in HTTP ({@code bytes=0-99} is 100 bytes).
 *
 * <pre>{@code
 * ByteRange r = new ByteRange(0, 99);
 * r.length();                 // 100
 * r.contentRange(1000);       // "bytes 0-99/1000"
 * }</pre>
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
        }
    }

    /** The whole of a non-empty file. */
    public static ByteRange whole(long size) {
        return new ByteRange(0, size - 1);
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a 206 answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
