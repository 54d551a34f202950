package org.practica.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Paragraphs and tables laid out in the document's direction, for every document that prints
 * running text: Arabic paragraphs start on the right and tables read from the right.
 */
public final class PageText {

    private PageText() {
    }

    /**
     * A paragraph {@code width} points wide, wrapped in reading order ({@link PrintedLine#wrapped})
     * and aligned to the start of its lines; {@code before} points above its first line.
     */
    public static void paragraph(Document doc, Wording words, String text, Font font, float width, float before) {
        boolean first = true;
        for (String line : PrintedLine.wrapped(text, PrintFonts.face(font), font.getSize(), width, words.rightToLeft())) {
            Paragraph p = new Paragraph(line, font);
            p.setAlignment(words.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            p.setSpacingBefore(first ? before : 0);
            doc.add(p);
            first = false;
        }
    }

    /**
     * A full-width table whose columns run in the document's direction. Its cells keep their text
     * in reading order: OpenPDF wraps a cell itself and, in a right-to-left table, joins and
     * orders each wrapped line, which a line turned round beforehand would break.
     */
    public static PdfPTable table(Wording words, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(words.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        return table;
    }
}
