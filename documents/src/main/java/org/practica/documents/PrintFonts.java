package org.practica.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF is printed in: Liberation Sans, embedded, so Latin and Cyrillic text prints
 * the same whatever fonts the server or the reader's computer have. Loaded once from the
 * classpath; OpenPDF embeds only the glyphs a document uses.
 */
public final class PrintFonts {

    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    private PrintFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
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
