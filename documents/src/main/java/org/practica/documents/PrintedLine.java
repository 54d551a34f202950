package org.practica.documents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A line of text as a PDF prints it. PDF draws glyphs left to right exactly as given, so Arabic
 * must arrive joined (each letter in its initial, medial, final or isolated form) and in visual
 * order. Text is kept in logical order everywhere else in Practica; this is the one place that
 * turns it round, by the Unicode bidirectional algorithm, so that a Latin serial or name inside an
 * Arabic sentence, or an Arabic name on a Kazakh certificate, still reads right.
 */
public final class PrintedLine {

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private PrintedLine() {
    }

    /**
     * The glyph order for {@code logical} on a page whose paragraphs run right to left
     * ({@code rightToLeft}, an Arabic document) or left to right. Text with no right-to-left
     * letters on a left-to-right page is returned as it is.
     */
    public static String of(String logical, boolean rightToLeft) {
        if (logical == null || logical.isEmpty()) {
            return logical;
        }
        char[] chars = logical.toCharArray();
        if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return logical;
        }
        String shaped;
        try {
            shaped = SHAPING.shape(logical);
        } catch (ArabicShapingException unshapeable) {
            shaped = logical;
        }
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * {@code logical} broken into printed lines no wider than {@code width} points in {@code font}:
     * broken between words in reading order first, then each line turned into glyph order, so a
     * wrapped Arabic sentence starts on the first line, not the last.
     */
    public static java.util.List<String> wrapped(String logical, com.lowagie.text.pdf.BaseFont font, float size, float width,
                                                 boolean rightToLeft) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : logical.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getWidthPoint(of(candidate, rightToLeft), size) > width) {
                lines.add(of(line.toString(), rightToLeft));
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(of(line.toString(), rightToLeft));
        }
        return lines;
    }
}
