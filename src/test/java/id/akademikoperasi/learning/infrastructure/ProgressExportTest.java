package id.akademikoperasi.learning.infrastructure;

import id.akademikoperasi.learning.application.ProgressGrid.Row;
import id.akademikoperasi.learning.domain.LessonStatus;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressExportTest {

    static final List<Row> ROWS = List.of(
            new Row(1, "Siti Aminah", "Koperasi Guntung", "Guntung",
                    List.of(LessonStatus.COMPLETED, LessonStatus.IN_PROGRESS), 1, 2, new BigDecimal("85.50"),
                    null, 12),
            new Row(2, "=HYPERLINK(\"http://evil.example\",\"klik\")", "Koperasi Guntung", "Guntung",
                    List.of(LessonStatus.COMPLETED, LessonStatus.COMPLETED), 2, 2, null,
                    Instant.parse("2026-11-27T16:30:00Z"), 30));

    static ProgressExport.Sheet sheet() {
        return new ProgressExport.Sheet("KOP-01", List.of("Nama", "Koperasi", "Kelurahan", "Selesai", "Ujian", "Tanggal",
                "Menit", "1. Pengantar", "2. Latihan"), 2, s -> s == LessonStatus.COMPLETED ? "Selesai" : s.name(),
                sink -> ROWS.forEach(sink));
    }

    @Test
    void csvHasABomAHeadingAndOneLinePerLearnerWithFormulasDefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressExport.csv(sheet(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNama,Koperasi,Kelurahan,Selesai,Ujian,Tanggal,Menit,1. Pengantar,2. Latihan"), text);
        List<String> lines = text.lines().toList();
        assertEquals(3, lines.size());
        assertEquals("Siti Aminah,Koperasi Guntung,Guntung,1/2,85.50,,12,Selesai,IN_PROGRESS", lines.get(1));
        assertTrue(lines.get(2).startsWith("\"'=HYPERLINK("), "a name that looks like a formula is quoted: " + lines.get(2));
        assertTrue(lines.get(2).contains(",2026-11-28,"), "completion date in Bontang's time zone: " + lines.get(2));
    }

    @Test
    void xlsxHoldsTheSameCellsAndNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressExport.xlsx(sheet(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = workbook.getSheetAt(0);
            assertEquals("KOP-01", s.getSheetName());
            assertEquals("2. Latihan", s.getRow(0).getCell(8).getStringCellValue());
            assertEquals("Siti Aminah", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(85.5, s.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType());
            assertTrue(s.getRow(2).getCell(0).getStringCellValue().startsWith("'="));
            assertEquals("Selesai", s.getRow(2).getCell(8).getStringCellValue());
            assertEquals(2, s.getLastRowNum());
        }
    }
}
