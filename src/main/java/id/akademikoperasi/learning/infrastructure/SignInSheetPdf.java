package id.akademikoperasi.learning.infrastructure;

import id.akademikoperasi.learning.application.SessionExports.SignInSheet;
import id.akademikoperasi.learning.application.TrainingSessions.AttendanceLine;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.web.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sign-in sheet of a face-to-face session as a PDF (A4), to print before the session, have signed, and enter
 * afterwards: the session, the invited koperasi, one line per invited member with an empty column to sign, and on
 * every page "Halaman x dari y" and a line for the trainer's name and signature.
 *
 * <pre>{@code
 * byte[] pdf = SignInSheetPdf.bytes(exports.signInSheet(trainer, id), LocaleView.of(request));
 * }</pre>
 * Written in two passes: the document first, then the page footers, because "of y" is only known at the end and
 * text stamped on the page itself (unlike a form placeholder) is what text extraction and screen readers see.
 * The standard Helvetica font is used (nothing to embed, small files); it covers the Latin script of Indonesian
 * names.
 */
public final class SignInSheetPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font FOOT = new Font(Font.HELVETICA, 8);

    private static final float MARGIN = 36;
    /** Room under the table for the trainer's line and the page number. */
    private static final float FOOTER = 72;
    /** Tall enough for a hand signature. */
    private static final float ROW_HEIGHT = 26;

    public static byte[] bytes(SignInSheet sheet, Locale locale) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        document(sheet, locale, body);
        try {
            PdfReader reader = new PdfReader(body.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 4096);
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                footer(stamper.getOverContent(page), reader.getPageSize(page), page, pages, sheet, locale);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the sign-in sheet just written cannot be read back", e);
        }
    }

    /** "Sabtu, 5 Desember 2026, 09.00–12.00 WITA"; a session over midnight names both days. */
    public static String when(Instant start, Instant end, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text(locale, "learning.sheet.dateFormat"), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(text(locale, "learning.sheet.timeFormat"), locale);
        ZonedDateTime from = start.atZone(ClockProducer.OFFICE_ZONE);
        ZonedDateTime to = end.atZone(ClockProducer.OFFICE_ZONE);
        String zone = " " + text(locale, "learning.sheet.zone");
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return day.format(from) + ", " + time.format(from) + "\u2013" + time.format(to) + zone;
        }
        return day.format(from) + ", " + time.format(from) + " \u2013 " + day.format(to) + ", " + time.format(to) + zone;
    }

    private static void document(SignInSheet sheet, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(locale, "learning.sheet.heading") + " \u2013 " + sheet.title());
        document.addCreator("Akademi Koperasi");
        document.open();

        Paragraph heading = new Paragraph(text(locale, "learning.sheet.heading"), TEXT);
        document.add(heading);
        Paragraph title = new Paragraph(sheet.title(), TITLE);
        title.setSpacingAfter(6);
        document.add(title);

        PdfPTable about = new PdfPTable(new float[] {22, 78});
        about.setWidthPercentage(100);
        about.setSpacingAfter(10);
        fact(about, text(locale, "learning.sheet.kind"), text(locale, "learning.sessionKind." + sheet.kind().name()));
        fact(about, text(locale, "learning.sheet.when"), when(sheet.startsAt(), sheet.endsAt(), locale));
        fact(about, text(locale, "learning.sheet.place"), sheet.place());
        fact(about, text(locale, "learning.sheet.region"), sheet.region());
        fact(about, text(locale, "learning.sheet.invited"), String.join("; ", sheet.invitedKoperasi()));
        document.add(about);

        PdfPTable table = new PdfPTable(new float[] {6, 30, 26, 14, 24});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);   // repeated on every page
        for (String key : List.of("no", "name", "koperasi", "registration", "signature")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(locale, "learning.sheet." + key), HEAD));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        List<AttendanceLine> members = sheet.members().stream()
                .sorted(Comparator.comparing(AttendanceLine::koperasi, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AttendanceLine::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(AttendanceLine::accountId))
                .toList();
        int no = 0;
        for (AttendanceLine member : members) {
            no++;
            table.addCell(cell(String.valueOf(no), Element.ALIGN_RIGHT));
            table.addCell(cell(member.name(), Element.ALIGN_LEFT));
            table.addCell(cell(member.koperasi(), Element.ALIGN_LEFT));
            table.addCell(cell(registration(member.registration(), locale), Element.ALIGN_LEFT));
            table.addCell(cell("", Element.ALIGN_LEFT));
        }
        if (members.isEmpty()) {
            PdfPCell nobody = cell(text(locale, "learning.sheet.nobody"), Element.ALIGN_LEFT);
            nobody.setColspan(5);
            table.addCell(nobody);
        }
        document.add(table);
        document.close();
    }

    private static void footer(PdfContentByte canvas, Rectangle page, int number, int pages, SignInSheet sheet,
                               Locale locale) {
        float left = page.getLeft() + MARGIN;
        float right = page.getRight() - MARGIN;
        float signY = page.getBottom() + MARGIN + 30;
        String name = text(locale, "learning.sheet.trainerName") + ":";
        String signature = text(locale, "learning.sheet.trainerSignature") + ":";
        float middle = left + (right - left) * 0.58f;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(name, FOOT), left, signY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(signature, FOOT), middle, signY, 0);
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        float nameEnd = left + width(name) + 4;
        float signatureEnd = middle + width(signature) + 4;
        canvas.moveTo(nameEnd, signY - 2);
        canvas.lineTo(middle - 12, signY - 2);
        canvas.moveTo(signatureEnd, signY - 2);
        canvas.lineTo(right, signY - 2);
        canvas.stroke();
        canvas.restoreState();
        String of = text(locale, "learning.sheet.page", number, pages);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(of, FOOT), right, page.getBottom() + MARGIN, 0);
        // the title on every page, so a loose page still says which session it belongs to
        String title = sheet.title();
        while (width(title) > (right - left) - width(of) - 24 && title.length() > 1) {
            title = title.substring(0, title.length() - 2).strip() + "\u2026";
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, FOOT), left, page.getBottom() + MARGIN, 0);
    }

    private static float width(String text) {
        return FOOT.getCalculatedBaseFont(false).getWidthPoint(text, FOOT.getSize());
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
        for (PdfPCell c : List.of(l, v)) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2);
            table.addCell(c);
        }
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, CELL));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static String registration(Registration registration, Locale locale) {
        return registration == Registration.REGISTERED || registration == Registration.WAITLISTED
                ? text(locale, "learning.sheet.registration." + registration.name())
                : text(locale, "learning.sheet.registration.none");
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private SignInSheetPdf() {
    }
}
