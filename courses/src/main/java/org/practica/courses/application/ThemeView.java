package org.practica.courses.application;

import org.practica.courses.domain.theme.Theme;
import org.practica.kernel.MultilingualText;

import java.util.Map;

/** A theme as pages and the API show it, and as an administrator names one: language code to name. */
public record ThemeView(String code, Map<String, String> names) {

    static ThemeView of(Theme theme) {
        return new ThemeView(theme.code(), theme.names().versions());
    }

    /** The name for a reader of this language, else in English, else in the first language it has. */
    public String name(String languageCode) {
        return MultilingualText.written(names).in(languageCode);
    }
}
