package org.practica.courses.application;

import java.util.Locale;

/** Filters of the catalogue; null or blank means any. */
public record CatalogueQuery(String theme, String audience, String language, String text) {

    public static final CatalogueQuery ALL = new CatalogueQuery(null, null, null, null);

    static String norm(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
