package org.practica.mentoring.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.practica.documents.PrintFonts;
import org.practica.documents.PageText;
import org.practica.documents.Wording;
import org.practica.mentoring.application.LogBook;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.TotalsView;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mentee's log book as a printable PDF (A4, landscape): who, the period and goals, hours against
 * what is required per competency, and every session with its sign-off. Like the CSV it never
 * carries a reflection or a supervisor's note, so it can be handed on as it is.
 */
public final class LogBookPdf {

    private static final Color HEADER = new Color(0xe8, 0xee, 0xf4);

    private LogBookPdf() {
    }

    public static byte[] of(LogBook book, Wording words, Instant printedAt) {
        Font title = PrintFonts.bold(16);
        Font heading = PrintFonts.bold(11);
        Font body = PrintFonts.regular(9);
        Font small = PrintFonts.muted(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        // days and times as the reader's language writes them, in the reader's zone (named beside them)
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.locale());
        DateTimeFormatter minute = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(words.locale()).withZone(words.zone());
        HeaderFooter footer = new HeaderFooter(new Phrase(words.printed(words.of("logbook.title") + " · " + book.menteeName()) + " · ", small), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.setFooter(footer);
        var r = book.relationship();
        doc.addTitle(words.of("logbook.title") + " · " + book.menteeName());
        doc.addCreator(words.of("app.name"));
        doc.open();
        paragraph(doc, words, words.of("logbook.title"), title);
        PdfPTable facts = table(words, new float[] {1, 3});
        fact(facts, words.of("logbook.mentee"), book.menteeName() + " (" + r.mentee() + ")", body);
        fact(facts, words.of("logbook.supervisor"), book.supervisorName() + " (" + r.supervisor() + ")", body);
        fact(facts, words.of("logbook.discipline"), words.of("discipline." + r.discipline()), body);
        fact(facts, words.of("logbook.period"), day.format(r.startsOn()) + " – " + (r.endsOn() == null ? "…" : day.format(r.endsOn()))
                + " · " + words.of("relationship.status." + r.status()), body);
        if (r.goals() != null) {
            fact(facts, words.of("logbook.goals"), r.goals(), body);
        }
        TotalsView t = book.totals();
        fact(facts, words.of("logbook.hours"), words.of("logbook.hoursLine", t.signedOffHours(),
                t.pendingHours()), body);
        doc.add(spaced(facts));

        paragraph(doc, words, words.of("logbook.progress"), heading);
        PdfPTable progress = table(words, new float[] {4, 1, 1, 1});
        header(progress, body, words.of("logbook.competency"), words.of("logbook.required"),
                words.of("logbook.signedOffHours"), "%");
        for (TotalsView.CompetencyProgress p : t.competencies()) {
            cells(progress, body, book.competencyName(p.competency(), words.locale()) + " (" + p.competency() + ")",
                    p.requiredHours().toPlainString(), p.signedOffHours().toPlainString(), p.percent() + " %");
        }
        doc.add(spaced(progress));

        paragraph(doc, words, words.of("logbook.sessions"), heading);
        PdfPTable sessions = table(words, new float[] {2.2f, 1, 1.6f, 3, 2.4f, 1.6f, 3});
        header(sessions, body, words.of("session.startsAt") + " (" + words.zone().getId() + ")", words.of("logbook.minutes"),
                words.of("logbook.modality"), words.of("logbook.competencies"),
                words.of("logbook.cases"), words.of("logbook.status"), words.of("logbook.signedOff"));
        for (SessionView s : book.sessions()) {
            cells(sessions, body, minute.format(s.startsAt()), String.valueOf(s.minutes()),
                    words.of("session.modality." + s.modality()),
                    s.competencies().stream().sorted().map(c -> book.competencyName(c, words.locale())).collect(Collectors.joining(", ")),
                    String.join("\n", s.caseReferences()), words.of("session.status." + s.status())
                            + (s.amendments().isEmpty() ? "" : " · " + words.of("logbook.amended", s.amendments().size())),
                    s.signedOffBy() == null ? "" : s.signedOffBy() + ", " + minute.format(s.signedOffAt()));
        }
        if (book.sessions().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(words.of("logbook.noSessions"), body));
            none.setColspan(7);
            sessions.addCell(none);
        }
        doc.add(spaced(sessions));
        paragraph(doc, words, words.of("logbook.confidential") + " " + words.of("logbook.printed",
                minute.format(printedAt) + " (" + words.zone().getId() + ")"), small);
        doc.close();
        return out.toByteArray();
    }

    public static String fileName(long relationshipId) {
        return "mentoring-" + relationshipId + "-log-book.pdf";
    }

    private static PdfPTable table(Wording words, float[] widths) {
        PdfPTable table = PageText.table(words, widths);
        table.setHeaderRows(0);
        return table;
    }

    private static void paragraph(Document doc, Wording words, String text, Font font) {
        PageText.paragraph(doc, words, text, font, PageSize.A4.rotate().getWidth() - 72, 0);
    }

    private static PdfPTable spaced(PdfPTable table) {
        table.setSpacingBefore(6);
        table.setSpacingAfter(12);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = padded(new PdfPCell(new Phrase(label, font)));
        l.setBackgroundColor(HEADER);
        table.addCell(l);
        table.addCell(padded(new PdfPCell(new Phrase(value, font))));
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xc8, 0xcf, 0xd8));
        return cell;
    }

    private static void header(PdfPTable table, Font font, String... labels) {
        for (String label : labels) {
            PdfPCell c = padded(new PdfPCell(new Phrase(label, font)));
            c.setBackgroundColor(HEADER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(c);
        }
        // repeated at the top of every page the table runs on to
        table.setHeaderRows(1);
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        List.of(values).forEach(v -> table.addCell(padded(new PdfPCell(new Phrase(v, font)))));
    }
}
