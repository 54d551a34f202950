package org.practica.certificates.infrastructure.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.documents.PrintFonts;
import org.practica.documents.PrintedLine;
import org.practica.documents.Wording;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * A certificate as a printable page (A4, landscape): the body, what is certified, the holder's
 * name, the wording, the days it is valid, the signatories, and a QR code to the public
 * verification page with the code printed beside it. Fonts are embedded and every line goes
 * through {@link PrintedLine}, so a certificate prints in any interface language, Arabic too, and a
 * holder's name prints as written whatever its script. Signing is {@link PdfSignature}'s job.
 */
final class CertificatePdf {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    /** Room for a line between the margins, less the indent the wording keeps on each side. */
    private static final float LINE_WIDTH = PageSize.A4.rotate().getWidth() - 2 * 64;

    private CertificatePdf() {
    }

    static byte[] render(Certificate c, ProfessionalBody body, String language, Wording words, String verifyUrl) {
        // days as the certificate's language writes them ("4 December 2026", "4 декабря 2026 г.")
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document doc = new Document(page, 64, 64, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(c.title().in(language) + " · " + c.serial().value());
        doc.addAuthor(body.names().in(language));
        doc.addCreator(words.of("app.name"));
        doc.open();
        PdfContentByte canvas = writer.getDirectContent();
        frame(canvas, page);

        byte[] logo = body.logo();
        if (logo != null) {
            try {
                Image image = Image.getInstance(logo);
                image.scaleToFit(90, 60);
                image.setAbsolutePosition(page.getLeft(72), page.getTop(56) - image.getScaledHeight());
                doc.add(image);
            } catch (Exception unreadable) {
                // a logo that cannot be drawn leaves the corner empty rather than failing the certificate
            }
        }
        centred(doc, words, body.names().in(language), PrintFonts.bold(14), 0, INK, 0);
        centred(doc, words, words.of("certificate.pdf.heading"), PrintFonts.regular(12), 18, ACCENT, 0);
        centred(doc, words, c.title().in(language), PrintFonts.bold(26), 6, ACCENT, 0);
        centred(doc, words, words.of("certificate.pdf.certifies"), PrintFonts.regular(12), 22, INK, 0);
        centred(doc, words, c.holderName(), PrintFonts.bold(24), 6, INK, 0);
        centred(doc, words, c.wording().in(language), PrintFonts.regular(12), 12, INK, 60);
        centred(doc, words, words.of("certificate.pdf.validity", day.format(c.validity().from()), day.format(c.validity().until())),
                PrintFonts.bold(12), 14, INK, 0);

        signatories(canvas, words, c.signatories(), page);
        qr(canvas, verifyUrl, page);
        Font small = PrintFonts.muted(8);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(words.printed(words.of("certificate.pdf.verify")), small),
                page.getRight(64), page.getBottom(52), 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(c.verificationCode().value(), PrintFonts.bold(8)),
                page.getRight(64), page.getBottom(42), 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(words.printed(words.of("certificate.pdf.serial", c.serial().value(),
                day.format(c.issuedAt().atZone(ZoneOffset.UTC).toLocalDate()))), small), page.getLeft(64), page.getBottom(42), 0);
        doc.close();
        return out.toByteArray();
    }

    /** A text centred on the page, wrapped in reading order and each line printed in the document's direction. */
    private static void centred(Document doc, Wording words, String text, Font font, float before, Color colour, float indent) {
        font.setColor(colour);
        boolean first = true;
        for (String line : PrintedLine.wrapped(text, PrintFonts.face(font), font.getSize(), LINE_WIDTH - 2 * indent, words.rightToLeft())) {
            Paragraph p = new Paragraph(line, font);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(first ? before : 0);
            doc.add(p);
            first = false;
        }
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3f);
        canvas.rectangle(page.getLeft(28), page.getBottom(28), page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.7f);
        canvas.rectangle(page.getLeft(36), page.getBottom(36), page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Up to four signature lines across the bottom, each with a name and a role. */
    private static void signatories(PdfContentByte canvas, Wording words, List<Signatory> signatories, Rectangle page) {
        // each signature gets up to 230 points of line; the group is centred left of the QR code
        float room = page.getWidth() - 180 - 130;
        float width = Math.min(230, room / Math.max(1, signatories.size()));
        float left = page.getLeft(90) + (room - width * signatories.size()) / 2;
        float y = page.getBottom(118);
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            float x = left + i * width;
            canvas.saveState();
            canvas.setColorStroke(INK);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(x, y);
            canvas.lineTo(x + width - 30, y);
            canvas.stroke();
            canvas.restoreState();
            float middle = x + (width - 30) / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(words.printed(s.name()), PrintFonts.bold(10)), middle, y - 14, 0);
            if (s.role() != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(words.printed(s.role()), PrintFonts.muted(9)), middle, y - 26, 0);
            }
        }
    }

    /** The verification link as a QR code drawn in vector squares: sharp at any print size. */
    private static void qr(PdfContentByte canvas, String url, Rectangle page) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    // the writer picks the mask with the fewest look-alike finder patterns and long
                    // runs for this link; a fixed mask saved little and now and then failed a scan
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("the verification link does not fit a QR code", e);
        }
        float size = 92;
        float module = size / matrix.getWidth();
        float x0 = page.getRight(64) - size;
        float y0 = page.getBottom(62);
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    canvas.rectangle(x0 + x * module, y0 + size - (y + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
