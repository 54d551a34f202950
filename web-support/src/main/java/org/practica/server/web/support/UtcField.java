package org.practica.server.web.support;

import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A moment in a {@code datetime-local} field. The pages show and take times in UTC and say so,
 * because trainers and learners of one course sit in several time zones.
 */
public final class UtcField {

    private UtcField() {
    }

    public static Instant instant(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.dateTime", typed.strip());
        }
    }

    public static String text(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString();
    }
}
