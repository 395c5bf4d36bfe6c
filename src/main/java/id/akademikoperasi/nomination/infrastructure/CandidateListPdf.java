package id.akademikoperasi.nomination.infrastructure;

import id.akademikoperasi.certification.domain.VerificationCode;
import id.akademikoperasi.nomination.application.ElectionViews.CandidateList;
import id.akademikoperasi.nomination.application.ElectionViews.NominationLine;
import id.akademikoperasi.nomination.application.ElectionViews.PositionCandidates;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.PdfQrCode;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Daftar Calon Memenuhi Syarat as an A4 PDF for the meeting: per position with its seats, the eligible
 * candidates with their certificate number and a QR code that opens the certificate's public verification page,
 * so anyone in the room can check it. Always in Bahasa Indonesia: it is a document of the meeting. Names and
 * certificate numbers only: never a NIK, birth date or phone.
 *
 * <pre>{@code
 * byte[] pdf = CandidateListPdf.bytes(nominations.candidates(actor, electionId), "https://akademikoperasi.id");
 * }</pre>
 */
public final class CandidateListPdf {

    private static final Locale INDONESIAN = LocaleView.INDONESIAN;
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font MONO = new Font(Font.COURIER, 9);
    private static final float QR_SIZE = 56;

    public static byte[] bytes(CandidateList list, String publicBase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
        Paragraph title = new Paragraph(text("nomination.pdf.title"), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph koperasi = new Paragraph(list.election().koperasiName(), HEADING);
        koperasi.setAlignment(Element.ALIGN_CENTER);
        document.add(koperasi);
        Paragraph meeting = new Paragraph(text("nomination.kind." + list.election().kind().name()) + " · "
                + list.election().date().format(date) + " · " + list.election().place(), BODY);
        meeting.setAlignment(Element.ALIGN_CENTER);
        meeting.setSpacingAfter(12);
        document.add(meeting);

        for (PositionCandidates p : list.positions()) {
            Paragraph heading = new Paragraph(text("nomination.position." + p.position().name()) + " ("
                    + text("nomination.pdf.seats", p.seats()) + ")", HEADING);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            if (p.candidates().isEmpty()) {
                document.add(new Paragraph(text("nomination.candidates.none"), BODY));
                continue;
            }
            PdfPTable table = new PdfPTable(new float[]{0.5f, 4f, 3f, 1.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[]{text("nomination.pdf.number"), text("nomination.pdf.name"), text("nomination.pdf.certificate"),
                    text("nomination.pdf.verify")}) {
                table.addCell(new PdfPCell(new Phrase(h, SMALL)));
            }
            int no = 1;
            for (NominationLine c : p.candidates()) {
                table.addCell(cell(Integer.toString(no++), BODY));
                table.addCell(cell(c.name(), BODY));
                PdfPCell number = new PdfPCell();
                number.addElement(new Phrase(c.certificateNumber(), MONO));
                number.addElement(new Phrase(c.verificationCode(), SMALL));
                number.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(number);
                String url = VerificationCode.url(publicBase, c.verificationCode());
                PdfPCell qr = new PdfPCell();
                qr.setFixedHeight(QR_SIZE + 8);
                qr.setCellEvent(new QrCell(url));
                table.addCell(qr);
            }
            document.add(table);
        }
        Paragraph footer = new Paragraph(text("nomination.pdf.footer",
                list.drawnUpAt().atZone(ClockProducer.OFFICE_ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN))),
                SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static String text(String key, Object... args) {
        return Messages.text(INDONESIAN, key, args);
    }

    /** Draws the QR code centred in its cell once the table knows where the cell is. */
    private record QrCell(String url) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float x = position.getLeft() + (position.getWidth() - QR_SIZE) / 2;
            float y = position.getBottom() + (position.getHeight() - QR_SIZE) / 2;
            PdfQrCode.draw(canvases[PdfPTable.BACKGROUNDCANVAS], url, x, y, QR_SIZE);
        }
    }

    private CandidateListPdf() {
    }
}
