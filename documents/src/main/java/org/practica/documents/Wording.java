package org.practica.documents;

import org.practica.kernel.ContentLanguage;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The words of a document (headings, column names, the names of statuses) in the reader's
 * language, and the reader's time zone for the times it prints. The interface keeps every
 * translation in its own bundles; a module that prints asks for words by key and never reads a
 * bundle itself.
 */
public interface Wording {

    Locale locale();

    String of(String key, Object... arguments);

    /** Whether the document's paragraphs run right to left (Arabic): its lines are printed in that order. */
    default boolean rightToLeft() {
        return ContentLanguage.of(locale()).map(ContentLanguage::rightToLeft).orElse(false);
    }

    /** A text of this document as it is printed: joined and ordered for the document's direction ({@link PrintedLine}). */
    default String printed(String logical) {
        return PrintedLine.of(logical, rightToLeft());
    }

    /** The zone the reader chose; UTC for a document with no one reader (a public certificate). */
    default ZoneId zone() {
        return ZoneOffset.UTC;
    }
}
