package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlobStoreTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path root;

    private BlobStore store(long maxBytes) {
        return new BlobStore(root, maxBytes, new ContentSniffer());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Every regular file under the root, whatever directory it is in. */
    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aFileIsStoredUnderItsHashInTwoDirectoryLevels() throws Exception {
        byte[] pdf = Samples.pdf();
        BlobStore.Blob blob = store(MB).put(new ByteArrayInputStream(pdf), "Laporan SHU 2025.pdf");

        String hash = sha256(pdf);
        assertEquals(hash, blob.sha256());
        assertEquals(pdf.length, blob.sizeBytes());
        assertEquals(FileKind.PDF, blob.kind());
        assertEquals("application/pdf", blob.mediaType());
        assertEquals("Laporan SHU 2025.pdf", blob.name());
        assertTrue(blob.added());
        Path expected = root.resolve("sha256").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        assertEquals(expected, store(MB).pathOf(hash));
        assertArrayEquals(pdf, Files.readAllBytes(expected));
        assertEquals(List.of(expected), filesUnderRoot(), "only the blob, no temporary file left");
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws Exception {
        BlobStore store = store(MB);
        byte[] png = Samples.png();
        BlobStore.Blob first = store.put(new ByteArrayInputStream(png), "bagan.png");
        BlobStore.Blob second = store.put(new ByteArrayInputStream(png), "bagan lagi.PNG");

        assertEquals(first.sha256(), second.sha256());
        assertTrue(first.added());
        assertFalse(second.added());
        assertEquals("bagan lagi.PNG", second.name(), "each upload keeps its own name");
        assertEquals(1, filesUnderRoot().size());
    }

    @Test
    void concurrentWritersOfTheSameBytesEndWithOneWholeFile() throws Exception {
        byte[] pdf = Samples.pdf();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<BlobStore.Blob>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                // each writer its own store, as two app instances would have
                writers.add(() -> store(MB).put(new ByteArrayInputStream(pdf), "laporan.pdf"));
            }
            for (Future<BlobStore.Blob> result : pool.invokeAll(writers)) {
                assertEquals(sha256(pdf), result.get().sha256());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Path> files = filesUnderRoot();
        assertEquals(1, files.size(), () -> "files: " + files);
        assertArrayEquals(pdf, Files.readAllBytes(files.getFirst()));
    }

    @Test
    void aDamagedCopyOfTheWrongSizeIsReplaced() throws Exception {
        BlobStore store = store(MB);
        byte[] pdf = Samples.pdf();
        Path path = store.pathOf(sha256(pdf));
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[]{'%', 'P'});

        assertTrue(store.put(new ByteArrayInputStream(pdf), "laporan.pdf").added());
        assertArrayEquals(pdf, Files.readAllBytes(path));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingAndLeavesNothing() throws Exception {
        byte[] big = new byte[(int) MB + 1];
        System.arraycopy(Samples.pdf(), 0, big, 0, Samples.pdf().length);
        CountingStream in = new CountingStream(big);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store(MB).put(in, "besar.pdf"));

        assertTrue(e.hasProblem(FileMessages.TOO_LARGE));
        assertEquals(List.of(1L), e.problems().getFirst().arguments(), "the limit in MB");
        assertEquals(List.of(), filesUnderRoot(), "no temporary file left behind");
        assertTrue(Files.isDirectory(root.resolve("tmp")));
    }

    @Test
    void readingStopsSoonAfterTheLimit() {
        CountingStream endless = new CountingStream(new byte[5 * (int) MB]);
        assertThrows(InvalidInputException.class, () -> store(MB).put(endless, "besar.pdf"));
        assertTrue(endless.read <= MB + BlobStore.BUFFER_BYTES, () -> "read " + endless.read + " bytes");
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        byte[] pdf = Samples.pdf();
        assertEquals(pdf.length, store(pdf.length).put(new ByteArrayInputStream(pdf), "pas.pdf").sizeBytes());
    }

    @Test
    void refusedContentLeavesNothing() throws Exception {
        BlobStore store = store(MB);
        InvalidInputException html = assertThrows(InvalidInputException.class,
                () -> store.put(new ByteArrayInputStream(Samples.html()), "surat.pdf"));
        assertTrue(html.hasProblem(FileMessages.HTML));
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> store.put(new ByteArrayInputStream(new byte[0]), "kosong.pdf"));
        assertTrue(empty.hasProblem(FileMessages.EMPTY));
        InvalidInputException disguised = assertThrows(InvalidInputException.class,
                () -> store.put(new ByteArrayInputStream(Samples.png()), "foto.jpg"));
        assertTrue(disguised.hasProblem(FileMessages.DISGUISED));
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void anUnusableNameIsRefusedBeforeAnythingIsRead() {
        CountingStream in = new CountingStream(Samples.pdf());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store(MB).put(in, "../"));
        assertTrue(e.hasProblem(FileMessages.NAME_INVALID));
        assertEquals(0, in.read);
    }

    @Test
    void theStoredNameIsSafeAndEndsInAFittingExtension() {
        BlobStore.Blob blob = store(MB).put(new ByteArrayInputStream(Samples.jpeg()), "..\\..\\Foto \"rapat\"\r\n");
        assertEquals("Foto rapat.jpg", blob.name());
        assertEquals("jpg", blob.extension());
    }

    @Test
    void openReadsTheBytesAndUnknownOrMalformedHashesAreNotFound() throws Exception {
        BlobStore store = store(MB);
        byte[] pdf = Samples.pdf();
        String hash = store.put(new ByteArrayInputStream(pdf), "laporan.pdf").sha256();
        try (InputStream in = store.open(hash)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals(pdf.length, store.size(hash).orElseThrow());
        assertTrue(store.contains(hash));

        String unknown = "0".repeat(64);
        assertThrows(NotFoundException.class, () -> store.open(unknown));
        assertFalse(store.contains(unknown));
        assertTrue(store.size(unknown).isEmpty());
        assertThrows(NotFoundException.class, () -> store.open("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf(hash.toUpperCase()));
        assertFalse(store.contains(null));
    }

    @Test
    void abandonedUploadsAreSweptButFreshOnesStay() throws Exception {
        BlobStore store = store(MB);
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path abandoned = Files.writeString(tmp.resolve("upload-1.part"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Path fresh = Files.writeString(tmp.resolve("upload-2.part"), "writing");
        Path other = Files.writeString(tmp.resolve("notes.txt"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        assertEquals(1, store.sweepAbandonedUploads(Instant.parse("2025-06-01T00:00:00Z")));

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> store(0));
    }

    /** Counts what was read, to prove the store stops early. */
    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        long read;

        CountingStream(byte[] content) {
            this.in = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
