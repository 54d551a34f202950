package org.practica.certificates.domain.programme;

import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.util.Map;
import java.util.TreeMap;

/** A text in several content languages, checked: known language codes, no blank versions, at least one. */
public final class LanguageTexts {

    private LanguageTexts() {
    }

    public static Map<String, String> checked(String field, Map<String, String> texts, int maxLength) {
        Map<String, String> out = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    out.put(ContentLanguage.of(field, language).code(), Text.required(field, text, maxLength));
                }
            });
        }
        if (out.isEmpty()) {
            throw new InvalidInput(field, "validation.required");
        }
        return out;
    }

    /** The version in the language asked for, else English, else the first there is. */
    public static String in(Map<String, String> texts, String language) {
        return texts.get(chosen(texts, language));
    }

    /** Which version {@link #in} reads: the language asked for, else English, else the first there is. */
    public static String chosen(Map<String, String> texts, String language) {
        if (texts.containsKey(language)) {
            return language;
        }
        return texts.containsKey("en") ? "en" : texts.keySet().iterator().next();
    }
}
