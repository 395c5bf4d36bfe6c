package id.akademikoperasi.shared.files;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileKindTest {

    @Test
    void extensionsFoldIntoTheCanonicalOneExceptForText() {
        assertEquals("jpg", FileKind.JPEG.normalisedExtension("JPEG"));
        assertEquals("md", FileKind.TEXT.normalisedExtension("MD"));
        assertEquals("gift", FileKind.TEXT.normalisedExtension("gift"));
        assertTrue(FileKind.JPEG.accepts("JPG"));
        assertFalse(FileKind.PNG.accepts("jpg"));
        assertFalse(FileKind.PDF.accepts(null));
    }

    @Test
    void mediaTypesLeadBackToTheirKind() {
        for (FileKind kind : FileKind.values()) {
            assertEquals(Optional.of(kind), FileKind.ofMediaType(kind.mediaType()));
            assertTrue(kind.mediaType().length() <= 100, "fits fil_blob.media_type");
        }
        assertEquals(Optional.of(FileKind.TEXT), FileKind.ofMediaType("Text/Plain;charset=utf-8"));
        assertEquals(Optional.empty(), FileKind.ofMediaType("text/html"));
        assertEquals(Optional.empty(), FileKind.ofMediaType(null));
    }

    @Test
    void onlyOfficeFilesAreAttachmentsAndTextIsNoUpload() {
        for (FileKind kind : FileKind.values()) {
            boolean office = kind == FileKind.DOCX || kind == FileKind.XLSX || kind == FileKind.PPTX;
            assertEquals(!office, kind.inline(), kind.name());
        }
        assertFalse(FileKind.UPLOADS.contains(FileKind.TEXT));
    }
}
