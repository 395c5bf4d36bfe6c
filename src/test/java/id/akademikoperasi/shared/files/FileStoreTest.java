package id.akademikoperasi.shared.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The container-free parts of {@link FileStore} and {@link StoredFile}; storing itself is {@link BlobStoreTest}. */
class FileStoreTest {

    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    @Test
    void theConfiguredDirectoryWinsAndTheFallbackIsInTheHomeNotInTmp() {
        Path home = Path.of("/home/akademi");
        assertEquals(Path.of("/var/lib/akademi/files"), FileStore.root(Optional.of(" /var/lib/akademi/files "), home));
        assertEquals(Path.of("/home/akademi/akademi-files"), FileStore.root(Optional.empty(), home));
        assertEquals(Path.of("/home/akademi/akademi-files"), FileStore.root(Optional.of("  "), home));
    }

    @Test
    void aBlobWithoutNameGetsANeutralOne() {
        assertEquals("3a7bd3e2360a.pdf", FileStore.neutralName(SHA, "application/pdf"));
        assertEquals("3a7bd3e2360a.txt", FileStore.neutralName(SHA, "text/plain; charset=UTF-8"));
        assertEquals("3a7bd3e2360a.bin", FileStore.neutralName(SHA, "application/x-unknown"));
    }

    @Test
    void aStoredFileKnowsItsKindAndDownloadPath() {
        StoredFile file = new StoredFile(SHA, 10, "image/jpeg", "Foto rapat.jpg", Instant.parse("2026-01-05T02:00:00Z"));
        assertEquals(FileKind.JPEG, file.kind());
        assertEquals("/files/" + SHA + "/Foto%20rapat.jpg", file.downloadPath());
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("x", 10, "image/jpeg", "a.jpg", Instant.EPOCH));
    }

    @Test
    void aStoredBlobIsNeverEmptyAndAlwaysHashed() {
        StoredBlob blob = new StoredBlob(SHA, 10, "application/pdf", Instant.EPOCH);
        assertEquals(SHA, blob.sha256());
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob(SHA, 0, "application/pdf", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob("ABC", 10, "application/pdf", Instant.EPOCH));
    }
}
