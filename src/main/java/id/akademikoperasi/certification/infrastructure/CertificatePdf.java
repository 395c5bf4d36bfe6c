package id.akademikoperasi.certification.infrastructure;

import id.akademikoperasi.shared.infrastructure.PdfQrCode;

import id.akademikoperasi.certification.application.PrintedCertificate;
import id.akademikoperasi.certification.domain.Certificate.PublicStatus;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The certificate as an A4 landscape PDF to print and frame: the programme, "SERTIFIKAT KOMPETENSI", the holder's
 * name, the scheme, the koperasi, the courses with their dates and scores, the issue and end dates, the officer who
 * verified it, and a QR code that opens the public verification page, with the code and the short address under it
 * for someone typing it in.
 *
 * <pre>{@code
 * byte[] pdf = CertificatePdf.bytes(files.printable(actor, id, publicBase));
 * }</pre>
 * Always in Bahasa Indonesia, whatever language the page was in: it is an official document. Only what was frozen
 * on the certificate is printed ({@link PrintedCertificate}); never the NIK, birth date, phone or e-mail. A revoked
 * or expired certificate still prints for its holder, but across it stands "DICABUT" or "KEDALUWARSA" and a line under
 * the title says since when, so a printout cannot pass for a valid one; the QR code stays clear of the stamp and
 * leads to the page that says the same.
 * <p>
 * The QR code is drawn as vector squares (sharp at any printer resolution, nothing to embed); the standard
 * Helvetica fonts cover the Latin script of Indonesian names.
 */
public final class CertificatePdf {

    private static final Locale INDONESIAN = LocaleView.INDONESIAN;

    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final Color INK = new Color(0x1F, 0x23, 0x28);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x63);
    private static final Color RULE = new Color(0xC8, 0xA0, 0x60);

    private static final Font PROGRAMME = new Font(Font.HELVETICA, 10, Font.BOLD, RED);
    private static final Font TITLE = new Font(Font.HELVETICA, 30, Font.BOLD, INK);
    private static final Font NUMBER = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);
    private static final Font LEAD = new Font(Font.HELVETICA, 12, Font.ITALIC, MUTED);
    private static final Font HOLDER = new Font(Font.HELVETICA, 28, Font.BOLD, INK);
    private static final Font TEXT = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
    private static final Font SCHEME = new Font(Font.HELVETICA, 17, Font.BOLD, RED);
    private static final Font HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD, INK);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
    private static final Font LABEL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
    private static final Font VALUE = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
    private static final Font WARNING = new Font(Font.HELVETICA, 11, Font.BOLD, RED);
    private static final Font CODE = new Font(Font.COURIER, 9, Font.BOLD, INK);
    private static final Font URL = new Font(Font.HELVETICA, 6.5f, Font.NORMAL, MUTED);

    /** Left and right margins of the text; the frame sits in the margin. */
    private static final float SIDE = 72;
    private static final float TOP = 52;
    /** The band at the bottom for dates, the officer and the QR code, kept free of the flowing text. */
    private static final float FOOTER = 178;
    private static final float QR_SIZE = 102;
    /** The smallest the body is set to fit one page; 0.6 of 8.5 pt is still legible in a table. */
    private static final float MIN_SCALE = 0.6f;
    /** The stamp's widest extent, kept away from the QR code in the corner. */
    private static final float STAMP_WIDTH = 560;

    public static byte[] bytes(PrintedCertificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, SIDE, SIDE, TOP, FOOTER);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("certification.pdf.title") + " " + certificate.number());
        document.addCreator(text("certification.pdf.programme"));
        document.open();

        PdfContentByte canvas = writer.getDirectContent();
        frame(writer.getDirectContentUnder(), page);
        footer(canvas, page, certificate);
        Rectangle box = new Rectangle(SIDE, FOOTER, page.getWidth() - SIDE, page.getHeight() - TOP);
        ColumnText body = body(canvas, box, certificate);
        stamp(canvas, page, certificate);
        // only a scheme with very many courses gets here: the rest goes on following pages, never cut off
        while (ColumnText.hasMoreText(body.go())) {
            document.newPage();
            frame(writer.getDirectContentUnder(), page);
            body.setSimpleColumn(SIDE, 60, page.getWidth() - SIDE, page.getHeight() - TOP);
            body.setYLine(page.getHeight() - TOP);
            stamp(canvas, page, certificate);
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * The text between the title and the footer band at the largest size that fits one page: a scheme with many
     * courses or a long name is set smaller rather than spilling onto a second sheet.
     */
    private static ColumnText body(PdfContentByte canvas, Rectangle box, PrintedCertificate certificate) {
        for (float scale = 1f; scale > MIN_SCALE; scale -= 0.05f) {
            if (!ColumnText.hasMoreText(column(canvas, box, certificate, scale).go(true))) {
                return column(canvas, box, certificate, scale);
            }
        }
        return column(canvas, box, certificate, MIN_SCALE);
    }

    private static ColumnText column(PdfContentByte canvas, Rectangle box, PrintedCertificate certificate, float scale) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), box.getTop());
        column.addElement(centred(text("certification.pdf.programme").toUpperCase(INDONESIAN), PROGRAMME, 1, 4));
        column.addElement(centred(text("certification.pdf.title"), TITLE, scale, 6));
        column.addElement(centred(text("certification.pdf.number", certificate.number()), NUMBER, 1, 8 * scale));
        if (certificate.status() != PublicStatus.VALID) {
            column.addElement(centred(text("certification.pdf.notValid." + certificate.status().name(),
                    date(certificate.endedAt())), WARNING, 1, 8 * scale));
        }
        column.addElement(centred(text("certification.pdf.givenTo"), LEAD, scale, 0));
        column.addElement(centred(certificate.holderName(), HOLDER, scale, 2 * scale));
        column.addElement(centred(text("certification.pdf.memberOf", certificate.koperasiName()), TEXT, scale, 8 * scale));
        column.addElement(centred(text("certification.pdf.competentIn"), LEAD, scale, 0));
        column.addElement(centred(certificate.schemeName(), SCHEME, scale, 8 * scale));
        if (!certificate.courses().isEmpty()) {
            column.addElement(courses(certificate.courses(), scale));
        }
        if (certificate.attendancePercent() != null) {
            column.addElement(centred(text("certification.pdf.attendance", certificate.attendancePercent()), SMALL, scale, 0));
        }
        return column;
    }

    /** "28 November 2026": the day in WITA, the office's zone, whatever zone the server runs in. */
    public static String date(Instant instant) {
        return instant == null ? "\u2014"
                : DateTimeFormatter.ofPattern(text("certification.pdf.dateFormat"), INDONESIAN)
                        .format(instant.atZone(ClockProducer.OFFICE_ZONE));
    }

    private static Paragraph centred(String content, Font font, float scale, float spacingAfter) {
        Font scaled = scale == 1 ? font : new Font(font.getFamily(), font.getSize() * scale, font.getStyle(), font.getColor());
        Paragraph p = new Paragraph(scaled.getSize() * 1.25f, content, scaled);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private static PdfPTable courses(List<PrintedCertificate.Course> courses, float scale) {
        Font head = new Font(HEAD.getFamily(), HEAD.getSize() * scale, HEAD.getStyle(), HEAD.getColor());
        Font text = new Font(CELL.getFamily(), CELL.getSize() * scale, CELL.getStyle(), CELL.getColor());
        PdfPTable table = new PdfPTable(new float[] {14, 52, 20, 14});
        table.setWidthPercentage(78);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        for (String key : List.of("course.code", "course.title", "course.completed", "course.score")) {
            PdfPCell heading = cell(text("certification.pdf." + key), head, scale);
            heading.setBorderWidthBottom(0.75f);
            heading.setBorderColorBottom(RULE);
            table.addCell(heading);
        }
        for (PrintedCertificate.Course course : courses) {
            table.addCell(cell(course.code(), text, scale));
            table.addCell(cell(course.title(), text, scale));
            table.addCell(cell(date(course.completedAt()), text, scale));
            table.addCell(cell(score(course.bestExamPercent()), text, scale));
        }
        return table;
    }

    private static PdfPCell cell(String content, Font font, float scale) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(1.5f * scale);
        cell.setPaddingBottom(2.5f * scale);
        return cell;
    }

    private static String score(BigDecimal percent) {
        if (percent == null) {
            return "\u2014";
        }
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMaximumFractionDigits(2);
        return format.format(percent) + " %";
    }

    /** A red outer frame and a thin gold inner one, and the red-and-white bar of the programme at the top. */
    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(3);
        canvas.rectangle(22, 22, page.getWidth() - 44, page.getHeight() - 44);
        canvas.stroke();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.75f);
        canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        canvas.stroke();
        float barWidth = 90;
        float x = (page.getWidth() - barWidth) / 2;
        float y = page.getHeight() - 30 - 10;
        canvas.setColorFill(RED);
        canvas.rectangle(x, y + 4, barWidth, 4);
        canvas.fill();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(0.5f);
        canvas.rectangle(x, y, barWidth, 8);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void footer(PdfContentByte canvas, Rectangle page, PrintedCertificate certificate) {
        float left = SIDE;
        float base = 52;

        // dates, bottom left
        show(canvas, text("certification.pdf.issuedAt"), LABEL, Element.ALIGN_LEFT, left, base + 92);
        show(canvas, date(certificate.issuedAt()), VALUE, Element.ALIGN_LEFT, left, base + 78);
        show(canvas, text("certification.pdf.validUntil"), LABEL, Element.ALIGN_LEFT, left, base + 56);
        show(canvas, date(certificate.validUntil()), VALUE, Element.ALIGN_LEFT, left, base + 42);
        show(canvas, text("certification.pdf.number", certificate.number()), LABEL, Element.ALIGN_LEFT, left, base + 20);

        // the verifying officer, centred, above a rule as a signature would stand
        float middle = page.getWidth() / 2;
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.75f);
        canvas.moveTo(middle - 150, base + 56);
        canvas.lineTo(middle + 150, base + 56);
        canvas.stroke();
        canvas.restoreState();
        show(canvas, text("certification.pdf.verifiedBy", certificate.officerName(), office(certificate.regionCode())),
                TEXT, Element.ALIGN_CENTER, middle, base + 40);
        show(canvas, text("certification.pdf.checkNote"), SMALL, Element.ALIGN_CENTER, middle, base + 24);

        // the QR code, bottom right, its code and short address under it
        // centred so that the short address under it stays inside the frame
        float qrX = page.getWidth() - SIDE - 40 - QR_SIZE / 2;
        float qrY = base + 20;
        PdfQrCode.draw(canvas, certificate.verifyUrl(), qrX, qrY, QR_SIZE);
        float centre = qrX + QR_SIZE / 2;
        show(canvas, certificate.verificationCode(), CODE, Element.ALIGN_CENTER, centre, qrY - 10);
        show(canvas, certificate.verifyUrl().replaceFirst("^https?://", ""), URL, Element.ALIGN_CENTER, centre, qrY - 20);
    }

    /** The office that verifies in the certificate's city ("DKUMPP Kota Bontang"), else the office's short name. */
    private static String office(String regionCode) {
        String[] parts = regionCode == null ? new String[0] : regionCode.split("\\.");
        if (parts.length >= 2) {
            String key = "certification.pdf.office." + parts[0] + parts[1];
            String name = text(key);
            if (!name.equals(key)) {
                return name;
            }
        }
        return text("certification.pdf.office");
    }

    private static void show(PdfContentByte canvas, String content, Font font, int alignment, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, new Phrase(content, font), x, y, 0);
    }

    /** The status across the middle of the page, large, red and half transparent, so the text stays readable. */
    private static void stamp(PdfContentByte canvas, Rectangle page, PrintedCertificate certificate) {
        if (certificate.status() == PublicStatus.VALID) {
            return;
        }
        String word = text("certification.pdf.stamp." + certificate.status().name());
        BaseFont font = new Font(Font.HELVETICA, 10, Font.BOLD).getCalculatedBaseFont(false);
        float size = Math.min(120, STAMP_WIDTH / font.getWidthPoint(word, 1));
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.28f);
        translucent.setStrokeOpacity(0.5f);
        canvas.saveState();
        canvas.setGState(translucent);
        canvas.setColorFill(RED);
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, word, page.getWidth() / 2, page.getHeight() / 2 - size / 3, 22);
        canvas.endText();
        canvas.restoreState();
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(INDONESIAN, key, arguments);
    }

    private CertificatePdf() {
    }
}
