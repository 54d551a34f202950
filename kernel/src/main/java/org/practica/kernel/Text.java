package org.practica.kernel;

/** Checks for the plain-text fields of every module, so that limits read the same everywhere. */
public final class Text {

    private Text() {
    }

    /** The stripped value, or an {@link InvalidInput} naming the field when it is blank or too long. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return bounded(field, value, maxLength);
    }

    /** The stripped value, null when blank, or an {@link InvalidInput} when too long. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value, maxLength);
    }

    private static String bounded(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidInput(field, "validation.tooLong", maxLength);
        }
        return stripped;
    }
}
