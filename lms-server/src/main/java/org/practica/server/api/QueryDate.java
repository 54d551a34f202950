package org.practica.server.api;

import org.practica.kernel.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given in a query parameter as YYYY-MM-DD; a malformed one is refused by name, not with a 404. */
final class QueryDate {

    private QueryDate() {
    }

    static LocalDate of(String parameter, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(parameter, "validation.date");
        }
    }
}
