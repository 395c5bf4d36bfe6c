package id.akademikoperasi.reporting.infrastructure;

import id.akademikoperasi.shared.files.SpreadsheetCells;
import id.akademikoperasi.reporting.application.Dashboard;
import id.akademikoperasi.reporting.domain.Figures;
import id.akademikoperasi.reporting.domain.Readiness;
import id.akademikoperasi.shared.web.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dashboard level as files for the office: the table of regions one level down as CSV (UTF-8 with BOM, for Excel)
 * or XLSX, and a one-to-two-page PDF summary for the head of office (totals, the regions, courses, schemes,
 * readiness). Region names come from official data, but a leading {@code = + - @} is still quoted in spreadsheets.
 *
 * <pre>{@code
 * DashboardFiles.csv(dashboard, locale, response.getOutputStream());
 * byte[] pdf = DashboardFiles.pdf(dashboard, locale, clock.instant());
 * }</pre>
 */
public final class DashboardFiles {

    private static final List<String> COLUMNS = List.of("code", "region", "koperasi", "members", "enrolled", "lessons",
            "completed", "exams", "valid", "expiring", "revoked", "pending", "ready", "readiness");

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font SUB = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8);

    public static List<String> headings(Locale locale) {
        return COLUMNS.stream().map(c -> Messages.text(locale, "reporting.col." + c)).toList();
    }

    /** The cells of one row in the order of {@link #headings}; numbers stay numbers. */
    public static List<Object> cells(Figures f) {
        return List.of(f.code(), f.name(), f.koperasi(), f.members(), f.enrolled(), f.lessonsDone(), f.coursesCompleted(),
                f.examsPassed(), f.valid(), f.expiring(), f.revoked(), f.pending(), f.ready(), f.readinessPercent());
    }

    private static List<List<Object>> table(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        d.rows().forEach(f -> rows.add(cells(f)));
        return rows;
    }

    public static void csv(Dashboard d, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(headings(locale));
        for (List<Object> row : table(d)) {
            printer.printRecord(row.stream().map(c -> c instanceof String s ? SpreadsheetCells.safe(s) : c).toList());
        }
        printer.printRecord(cells(d.total()).stream().map(c -> c instanceof String s ? SpreadsheetCells.safe(s) : c).toList());
        printer.flush();
    }

    public static void xlsx(Dashboard d, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(Messages.text(locale, "reporting.title").replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headings = headings(locale);
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(2, 1);
            int r = 1;
            List<List<Object>> rows = table(d);
            rows.add(cells(d.total()));
            for (List<Object> row : rows) {
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Cell cell = line.createCell(i);
                    if (row.get(i) instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(row.get(i)));
                    }
                    if (r - 1 == rows.size()) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** The summary for the head of office, A4 landscape. */
    public static byte[] pdf(Dashboard d, Locale locale, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        String title = Messages.text(locale, "reporting.pdf.title", d.name());
        document.addTitle(title);
        document.addCreator("Akademi Koperasi");
        document.open();
        document.add(new Paragraph(title, TITLE));
        String when = ZonedDateTime.ofInstant(at, id.akademikoperasi.shared.infrastructure.ClockProducer.OFFICE_ZONE)
                .format(DateTimeFormatter.ofPattern(Messages.text(locale, "reporting.pdf.dateFormat"), locale));
        Paragraph sub = new Paragraph(Messages.text(locale, "reporting.pdf.asOf", when), TEXT);
        sub.setSpacingAfter(8);
        document.add(sub);

        Figures t = d.total();
        document.add(new Paragraph(Messages.text(locale, "reporting.pdf.summary", t.koperasi(), t.members(), t.enrolled(),
                t.coursesCompleted(), t.valid(), t.expiring(), t.revoked(), t.pending(), t.ready(), t.readinessPercent()), TEXT));

        if (!d.isKoperasi()) {
            heading(document, Messages.text(locale, "reporting.regions"));
            PdfPTable table = new PdfPTable(COLUMNS.size() - 1);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            headings(locale).stream().skip(1).forEach(h -> table.addCell(head(h)));
            List<List<Object>> rows = table(d);
            rows.add(cells(t));
            for (List<Object> row : rows) {
                row.stream().skip(1).forEach(c -> table.addCell(cell(c)));
            }
            document.add(table);
        } else {
            heading(document, Messages.text(locale, "reporting.readiness.heading"));
            PdfPTable table = new PdfPTable(3);
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String h : List.of("position", "seats", "candidates")) {
                table.addCell(head(Messages.text(locale, "reporting.readiness." + h)));
            }
            for (Readiness.Position p : d.readiness().list()) {
                table.addCell(cell(Messages.text(locale, "reporting.position." + p.position())));
                table.addCell(cell(p.seats()));
                table.addCell(cell(p.candidates()));
            }
            document.add(table);
        }

        heading(document, Messages.text(locale, "reporting.courses"));
        PdfPTable courses = new PdfPTable(new float[]{10, 40, 12, 12, 12, 12});
        courses.setWidthPercentage(100);
        for (String h : List.of("code", "course", "enrolled", "lessons", "completed", "exams")) {
            courses.addCell(head(Messages.text(locale, "reporting.col." + h)));
        }
        for (Dashboard.Course c : d.courses()) {
            for (Object v : List.of(c.code(), c.title(), c.figures().enrolled(), c.figures().lessonsDone(),
                    c.figures().completed(), c.figures().examsPassed())) {
                courses.addCell(cell(v));
            }
        }
        document.add(courses);

        heading(document, Messages.text(locale, "reporting.schemes"));
        PdfPTable schemes = new PdfPTable(new float[]{40, 12, 12, 12, 12, 12});
        schemes.setWidthPercentage(100);
        for (String h : List.of("scheme", "valid", "expiring", "revoked", "expired", "pending")) {
            schemes.addCell(head(Messages.text(locale, "reporting.col." + h)));
        }
        for (Dashboard.Scheme s : d.schemes()) {
            for (Object v : List.of(s.name(), s.figures().valid(), s.figures().expiring(), s.figures().revoked(),
                    s.figures().expired(), s.figures().pending())) {
                schemes.addCell(cell(v));
            }
        }
        document.add(schemes);
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, SUB);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPCell head(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEAD));
        cell.setGrayFill(0.9f);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell cell(Object value) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), CELL));
        cell.setPadding(3);
        cell.setHorizontalAlignment(value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private DashboardFiles() {
    }
}
