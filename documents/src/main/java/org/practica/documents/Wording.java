package org.practica.documents;

import java.util.Locale;

/**
 * The words of a document (headings, column names, the names of statuses) in the reader's
 * language. The interface keeps every translation in its own bundles; a module that prints asks
 * for words by key and never reads a bundle itself.
 */
public interface Wording {

    Locale locale();

    String of(String key, Object... arguments);
}
