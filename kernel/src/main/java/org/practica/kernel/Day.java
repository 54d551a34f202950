package org.practica.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as people and programs type it (YYYY-MM-DD), in a query parameter or a form field. */
public final class Day {

    private Day() {
    }

    /** The day typed, or null when nothing was; a malformed one is refused by the field's name. */
    public static LocalDate typed(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.date");
        }
    }
}
