package id.akademikoperasi.catalog.infrastructure.pkg;

/**
 * How much a course package may hold. Every limit is counted on what is really there — for a zip, on the bytes
 * actually inflated, never on the sizes its headers claim, so a zip bomb cannot talk its way past them.
 *
 * <pre>{@code
 * PackageLimits limits = PackageLimits.defaults();                          // 500 entries, 1 GiB, 200 MiB a file
 * PackageLimits strict = PackageLimits.defaults().withMaxFileBytes(10L << 20); // 10 MiB a file
 * }</pre>
 *
 * @param maxEntries          entries of a zip (files and folders) or of a folder tree
 * @param maxTotalBytes       all files together, uncompressed
 * @param maxFileBytes        one file, uncompressed
 * @param maxTextBytes        one text file (manifest, lesson, question bank), which is held in memory
 * @param maxCompressionRatio uncompressed : compressed bytes of one zip entry, checked once it has inflated past
 *                            {@link #RATIO_CHECKED_FROM_BYTES}; real PDFs, images and videos stay far below 200:1
 */
public record PackageLimits(int maxEntries, long maxTotalBytes, long maxFileBytes, long maxTextBytes,
                            int maxCompressionRatio) {

    /** Small files may compress extremely well (a page of blanks); only larger ones are suspicious. */
    public static final long RATIO_CHECKED_FROM_BYTES = 1L << 20;

    public PackageLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxFileBytes < 1 || maxTextBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("package limits must be positive");
        }
    }

    public static PackageLimits defaults() {
        return new PackageLimits(500, 1L << 30, 200L << 20, 2L << 20, 200);
    }

    public PackageLimits withMaxEntries(int entries) {
        return new PackageLimits(entries, maxTotalBytes, maxFileBytes, maxTextBytes, maxCompressionRatio);
    }

    public PackageLimits withMaxTotalBytes(long bytes) {
        return new PackageLimits(maxEntries, bytes, maxFileBytes, maxTextBytes, maxCompressionRatio);
    }

    public PackageLimits withMaxFileBytes(long bytes) {
        return new PackageLimits(maxEntries, maxTotalBytes, bytes, maxTextBytes, maxCompressionRatio);
    }

    public PackageLimits withMaxCompressionRatio(int ratio) {
        return new PackageLimits(maxEntries, maxTotalBytes, maxFileBytes, maxTextBytes, ratio);
    }
}
