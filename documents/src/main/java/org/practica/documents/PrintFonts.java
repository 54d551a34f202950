package org.practica.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF is printed in: DejaVu Sans, embedded, because one family covers every
 * interface language (Latin with Albanian and Uzbek letters, Cyrillic with the Kazakh, Kyrgyz and
 * Tajik ones, and Arabic with its joined forms), so a name in one script prints on a certificate
 * in another. Loaded once from the classpath; OpenPDF embeds only the glyphs a document uses.
 */
public final class PrintFonts {

    private static final BaseFont REGULAR = load("fonts/dejavu/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("fonts/dejavu/DejaVuSans-Bold.ttf");

    private PrintFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** The face a font is drawn in, for measuring a line before it is printed. */
    public static BaseFont face(Font font) {
        return font.getBaseFont();
    }

    public static Font muted(float size) {
        return new Font(REGULAR, size, Font.NORMAL, new java.awt.Color(0x55, 0x5b, 0x66));
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
