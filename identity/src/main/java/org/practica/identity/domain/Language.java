package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;

import java.util.Arrays;
import java.util.Locale;

/** Languages the user interface is translated into. Course content has its own, longer list. */
public enum Language {
    EN("en"), RU("ru");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static boolean supported(String code) {
        return code != null && Arrays.stream(values()).anyMatch(l -> l.code.equalsIgnoreCase(code.strip()));
    }

    public static Language of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("language", "validation.required");
        }
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("language", "validation.language.unsupported"));
    }
}
