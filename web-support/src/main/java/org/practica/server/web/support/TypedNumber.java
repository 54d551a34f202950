package org.practica.server.web.support;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;

/**
 * A number as a person types it into a form: blank is none, and a decimal comma (as Russian and
 * most of Central Asia write) is read as a point. What is not a number is refused at its field.
 */
public final class TypedNumber {

    private TypedNumber() {
    }

    /** The decimal typed, or null when blank; a percent sign after it is allowed and ignored. */
    public static BigDecimal decimal(String field, String typed, String messageKey, Object... arguments) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String cleaned = typed.strip().replace(',', '.');
        cleaned = cleaned.endsWith("%") ? cleaned.substring(0, cleaned.length() - 1).strip() : cleaned;
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, messageKey, arguments.length == 0 ? new Object[]{typed.strip()} : arguments);
        }
    }

    /** The whole number typed, or null when blank. */
    public static Long whole(String field, String typed, String messageKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, messageKey, typed.strip());
        }
    }
}
