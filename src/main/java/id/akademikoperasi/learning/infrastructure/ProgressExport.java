package id.akademikoperasi.learning.infrastructure;

import id.akademikoperasi.shared.files.SpreadsheetCells;
import id.akademikoperasi.learning.application.ProgressGrid.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The trainer's grid as a spreadsheet: CSV (UTF-8 with BOM, so Excel shows the names right) or XLSX, streamed
 * row by row. Text a member typed (their name) can never become a formula: a leading {@code = + - @} is quoted.
 *
 * <pre>{@code
 * ProgressExport.xlsx(headings, rows -> grid.forEachRow(trainer, "KOP-01", "", rows), response.getOutputStream());
 * }</pre>
 */
public final class ProgressExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Makassar"));

    /**
     * @param headings   the fixed columns' titles (name, koperasi, kelurahan, lessons done, exam, completed, minutes)
     *                   followed by one title per lesson
     * @param statusText how a lesson status reads in a cell (the user's language)
     * @param rows       produces the rows: called once with the sink to feed
     */
    public record Sheet(String title, List<String> headings, int lessonColumns,
                        java.util.function.Function<id.akademikoperasi.learning.domain.LessonStatus, String> statusText,
                        Consumer<Consumer<Row>> rows) {
    }

    public static void csv(Sheet sheet, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(sheet.headings().stream().map(SpreadsheetCells::safe).toList());
        IOException[] failure = new IOException[1];
        sheet.rows().accept(row -> {
            if (failure[0] == null) {
                try {
                    printer.printRecord(cells(sheet, row));
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        printer.flush();
    }

    public static void xlsx(Sheet sheet, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet s = workbook.createSheet(sheet.title().replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.Row head = s.createRow(0);
            for (int i = 0; i < sheet.headings().size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(sheet.headings().get(i));
                cell.setCellStyle(bold);
            }
            s.createFreezePane(1, 1);
            int[] next = {1};
            sheet.rows().accept(row -> {
                org.apache.poi.ss.usermodel.Row r = s.createRow(next[0]++);
                List<Object> cells = cells(sheet, row);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof Number n) {
                        r.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        r.createCell(i).setCellValue(value.toString()); // a string cell is never evaluated as a formula
                    }
                }
            });
            workbook.write(out);
        }
    }

    private static List<Object> cells(Sheet sheet, Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(SpreadsheetCells.safe(row.name()));
        cells.add(SpreadsheetCells.safe(row.koperasi()));
        cells.add(SpreadsheetCells.safe(row.kelurahan()));
        cells.add(row.lessonsDone() + "/" + row.lessonsTotal());
        cells.add(row.examBestPercent());
        cells.add(row.completedAt() == null ? "" : DATE.format(row.completedAt()));
        cells.add(row.minutesSpent());
        for (int no = 1; no <= sheet.lessonColumns(); no++) {
            cells.add(no <= row.lessonsTotal() ? sheet.statusText().apply(row.lesson(no)) : "");
        }
        return cells;
    }

    private ProgressExport() {
    }
}
