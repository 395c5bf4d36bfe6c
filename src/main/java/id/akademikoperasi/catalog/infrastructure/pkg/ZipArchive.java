package id.akademikoperasi.catalog.infrastructure.pkg;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip file read from its central directory, the part at the end that lists every entry. {@code java.util.zip}
 * does not show an entry's external attributes, which is where a symbolic link is marked, so the directory is
 * read here, and entries are inflated here too: one reader, so the names that were checked are the names that
 * are extracted.
 *
 * <p>Only what a course package needs: no encryption, no multi-part zips, no ZIP64 (a package is far below
 * 4 GiB and 65,535 entries), stored and deflated entries.
 */
final class ZipArchive {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIZE = 30;
    private static final long U32_MAX = 0xFFFFFFFFL;
    static final int STORED = 0;
    static final int DEFLATED = 8;
    private static final int UNIX_TYPE_MASK = 0xF000;
    private static final int UNIX_DIRECTORY = 0x4000;
    private static final int UNIX_REGULAR = 0x8000;
    private static final int UNIX_SYMLINK = 0xA000;
    private static final int DOS_DIRECTORY = 0x10;

    /** One entry as the central directory lists it; the sizes are claims, checked only when inflating. */
    record Entry(String name, byte[] rawName, int flags, int method, long crc, long compressedSize,
                 long declaredSize, long localHeaderOffset, long externalAttributes) {

        int unixType() {
            return (int) (externalAttributes >>> 16) & UNIX_TYPE_MASK;
        }

        boolean isDirectory() {
            return name.endsWith("/") || name.endsWith("\\") || unixType() == UNIX_DIRECTORY
                    || (unixType() == 0 && (externalAttributes & DOS_DIRECTORY) != 0);
        }

        boolean isSymlink() {
            return unixType() == UNIX_SYMLINK;
        }

        /** A device, pipe or socket: no course file is one. Zips from Windows tools have no unix type (0). */
        boolean isSpecial() {
            int type = unixType();
            return type != 0 && type != UNIX_REGULAR && type != UNIX_DIRECTORY && type != UNIX_SYMLINK;
        }

        boolean isEncrypted() {
            return (flags & 1) != 0;
        }
    }

    /** Counts what has been inflated across the entries of one package. */
    static final class Budget {
        private final PackageLimits limits;
        private long total;

        Budget(PackageLimits limits) {
            this.limits = limits;
        }
    }

    private final FileChannel zip;
    private final long size;

    ZipArchive(FileChannel zip) throws IOException {
        this.zip = zip;
        this.size = zip.size();
    }

    /**
     * The entries of the central directory, in its order.
     *
     * @throws CoursePackageException when the zip is damaged, of a kind not supported, or has too many entries
     */
    List<Entry> entries(PackageLimits limits) throws IOException {
        ByteBuffer end = findEnd();
        int disk = u16(end, 4);
        int directoryDisk = u16(end, 6);
        int count = u16(end, 10);
        long directorySize = u32(end, 12);
        long directoryOffset = u32(end, 16);
        if (count == 0xFFFF || directorySize == U32_MAX || directoryOffset == U32_MAX) {
            throw refused("catalog.package.zip.unsupported", "ZIP64");
        }
        if (disk != 0 || directoryDisk != 0 || u16(end, 8) != count) {
            throw refused("catalog.package.zip.unsupported", "multi-part zip");
        }
        if (count > limits.maxEntries()) {
            throw refused("catalog.package.tooManyEntries", limits.maxEntries());
        }
        long directoryEnd = directoryOffset + directorySize;
        if (directoryEnd > size) {
            throw corrupt();
        }
        List<Entry> entries = new ArrayList<>();
        long position = directoryOffset;
        while (position < directoryEnd) {
            if (entries.size() >= limits.maxEntries()) {
                throw refused("catalog.package.tooManyEntries", limits.maxEntries());
            }
            ByteBuffer header = read(position, CENTRAL_SIZE);
            if (header.getInt(0) != CENTRAL_SIGNATURE) {
                throw corrupt();
            }
            int nameLength = u16(header, 28);
            int extraLength = u16(header, 30);
            int commentLength = u16(header, 32);
            long compressedSize = u32(header, 20);
            long declaredSize = u32(header, 24);
            long localOffset = u32(header, 42);
            if (compressedSize == U32_MAX || declaredSize == U32_MAX || localOffset == U32_MAX) {
                throw refused("catalog.package.zip.unsupported", "ZIP64");
            }
            byte[] rawName = bytes(read(position + CENTRAL_SIZE, nameLength));
            entries.add(new Entry(new String(rawName, StandardCharsets.UTF_8), rawName, u16(header, 8),
                    u16(header, 10), u32(header, 16), compressedSize, declaredSize, localOffset, u32(header, 38)));
            position += CENTRAL_SIZE + nameLength + extraLength + commentLength;
        }
        if (position != directoryEnd || entries.size() != count) {
            throw corrupt();
        }
        return entries;
    }

    /**
     * Inflates one file entry into {@code out}, counting every byte against the limits as it comes.
     *
     * @throws CoursePackageException at the first limit broken or damage found; {@code out} then holds a part
     */
    void extract(Entry entry, OutputStream out, Budget budget) throws IOException {
        ByteBuffer local = read(entry.localHeaderOffset(), LOCAL_SIZE);
        if (local.getInt(0) != LOCAL_SIGNATURE) {
            throw corrupt(entry);
        }
        int nameLength = u16(local, 26);
        int extraLength = u16(local, 28);
        // The local header repeats the name; a zip whose two names differ shows one thing and extracts another.
        if (!Arrays.equals(bytes(read(entry.localHeaderOffset() + LOCAL_SIZE, nameLength)), entry.rawName())) {
            throw corrupt(entry);
        }
        long dataStart = entry.localHeaderOffset() + LOCAL_SIZE + nameLength + extraLength;
        if (dataStart + entry.compressedSize() > size) {
            throw corrupt(entry);
        }
        CRC32 crc = new CRC32();
        long written;
        if (entry.method() == STORED) {
            written = copyStored(entry, dataStart, out, crc, budget);
        } else if (entry.method() == DEFLATED) {
            written = inflate(entry, dataStart, out, crc, budget);
        } else {
            throw refused(entry.name(), "catalog.package.zip.unsupported", "method " + entry.method());
        }
        if (crc.getValue() != entry.crc() || written != entry.declaredSize()) {
            throw corrupt(entry);
        }
    }

    private long copyStored(Entry entry, long dataStart, OutputStream out, CRC32 crc, Budget budget) throws IOException {
        long written = 0;
        long remaining = entry.compressedSize();
        while (remaining > 0) {
            ByteBuffer chunk = read(dataStart + written, (int) Math.min(remaining, 64 * 1024));
            byte[] bytes = bytes(chunk);
            written += bytes.length;
            remaining -= bytes.length;
            count(entry, written, written, budget, bytes.length);
            crc.update(bytes);
            out.write(bytes);
        }
        return written;
    }

    private long inflate(Entry entry, long dataStart, OutputStream out, CRC32 crc, Budget budget) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            byte[] output = new byte[64 * 1024];
            long fed = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (fed >= entry.compressedSize()) {
                        throw corrupt(entry);
                    }
                    byte[] input = bytes(read(dataStart + fed, (int) Math.min(entry.compressedSize() - fed, 16 * 1024)));
                    fed += input.length;
                    inflater.setInput(input);
                }
                int n = inflater.inflate(output);
                if (n == 0 && inflater.needsDictionary()) {
                    throw corrupt(entry);
                }
                if (n > 0) {
                    count(entry, inflater.getBytesWritten(), inflater.getBytesRead(), budget, n);
                    crc.update(output, 0, n);
                    out.write(output, 0, n);
                }
            }
            return inflater.getBytesWritten();
        } catch (DataFormatException e) {
            throw corrupt(entry);
        } finally {
            inflater.end();
        }
    }

    /** Checked before the bytes are written, so a bomb stops within one buffer of the limit. */
    private static void count(Entry entry, long written, long consumed, Budget budget, int chunk) {
        PackageLimits limits = budget.limits;
        budget.total += chunk;
        if (written > limits.maxFileBytes()) {
            throw refused(entry.name(), "catalog.package.fileTooLarge", PackageFileTree.megabytes(limits.maxFileBytes()));
        }
        if (budget.total > limits.maxTotalBytes()) {
            throw refused("catalog.package.tooLarge", PackageFileTree.megabytes(limits.maxTotalBytes()));
        }
        if (written > PackageLimits.RATIO_CHECKED_FROM_BYTES && written > consumed * limits.maxCompressionRatio()) {
            throw refused(entry.name(), "catalog.package.zip.compressionRatio", limits.maxCompressionRatio());
        }
    }

    /** The end-of-central-directory record, searched backwards past a zip comment of up to 64 KiB. */
    private ByteBuffer findEnd() throws IOException {
        if (size < END_SIZE) {
            throw corrupt();
        }
        int tailLength = (int) Math.min(size, END_SIZE + 0xFFFF);
        ByteBuffer tail = read(size - tailLength, tailLength);
        for (int at = tailLength - END_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_SIGNATURE && at + END_SIZE + u16(tail, at + 20) <= tailLength) {
                return tail.slice(at, END_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        throw corrupt();
    }

    private ByteBuffer read(long position, int length) throws IOException {
        if (position < 0 || position + length > size) {
            throw corrupt();
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (zip.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.flip();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static int u16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }

    private static CoursePackageException corrupt() {
        return refused("catalog.package.zip.corrupt");
    }

    private static CoursePackageException corrupt(Entry entry) {
        return refused(entry.name(), "catalog.package.zip.corrupt");
    }

    private static CoursePackageException refused(String messageKey, Object... arguments) {
        return refused(null, messageKey, arguments);
    }

    private static CoursePackageException refused(String file, String messageKey, Object... arguments) {
        return new CoursePackageException(PackageProblem.of(file, 0, messageKey, arguments));
    }
}
