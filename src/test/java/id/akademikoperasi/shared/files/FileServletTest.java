package id.akademikoperasi.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parts of the servlet that need no container: reading the path, building links, copying a range. */
class FileServletTest {

    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    @TempDir
    Path dir;

    @Test
    void aPathNamesAHashAndOptionallyAName() {
        assertEquals(Optional.of(new FileServlet.Requested(SHA, "Laporan SHU.pdf")), FileServlet.parse("/" + SHA + "/Laporan SHU.pdf"));
        assertEquals(Optional.of(new FileServlet.Requested(SHA, "")), FileServlet.parse("/" + SHA));
        assertEquals(Optional.of(new FileServlet.Requested(SHA, "")), FileServlet.parse("/" + SHA + "/"));
        assertEquals(Optional.of(new FileServlet.Requested(SHA, "a/b.pdf")), FileServlet.parse("/" + SHA + "/a/b.pdf"));
    }

    @Test
    void malformedHashesAreRejectedBeforeTheFileSystem() {
        for (String path : new String[]{null, "", "/", "/../../etc/passwd", "/" + SHA.toUpperCase() + "/x.pdf",
                "/" + SHA.substring(1) + "/x.pdf", "/" + SHA + "0/x.pdf", SHA + "/x.pdf", "/..%2F" + SHA,
                "/" + SHA.substring(0, 63) + "g"}) {
            assertEquals(Optional.empty(), FileServlet.parse(path), path);
        }
    }

    @Test
    void linksEncodeTheSafeName() {
        assertEquals("/files/" + SHA + "/Laporan%20SHU%202025%20%28final%29.pdf", FileServlet.path(SHA, "Laporan SHU 2025 (final).pdf"));
        assertEquals("/files/" + SHA + "/passwd", FileServlet.path(SHA, "../../etc/passwd"));
        assertEquals("/files/" + SHA + "/3a7bd3e2360a", FileServlet.path(SHA, null));
        assertThrows(IllegalArgumentException.class, () -> FileServlet.path("../x", "x.pdf"));
    }

    @Test
    void copySendsExactlyTheRangeAcrossBufferBoundaries() throws Exception {
        byte[] content = new byte[3 * BlobStore.BUFFER_BYTES + 123];
        new Random(1).nextBytes(content);
        Path file = Files.write(dir.resolve("blob"), content);

        for (ByteRange range : new ByteRange[]{ByteRange.whole(content.length), new ByteRange(0, 0),
                new ByteRange(BlobStore.BUFFER_BYTES - 1, 2L * BlobStore.BUFFER_BYTES + 5),
                new ByteRange(content.length - 10, content.length - 1)}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FileServlet.copy(file, range, out);
            assertArrayEquals(Arrays.copyOfRange(content, (int) range.first(), (int) range.last() + 1), out.toByteArray(),
                    range.toString());
        }
    }

    @Test
    void aFileShorterThanTheRangeIsAnError() throws Exception {
        Path file = Files.write(dir.resolve("short"), new byte[10]);
        assertThrows(EOFException.class, () -> FileServlet.copy(file, new ByteRange(5, 20), new ByteArrayOutputStream()));
    }
}
