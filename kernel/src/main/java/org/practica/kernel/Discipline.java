package org.practica.kernel;

import java.util.Locale;

/**
 * A profession: the one a mentee is supervised in (each has its own competency framework) and
 * the one a professional body certifies. Both mentoring and certificates own it, so it lives here.
 */
public enum Discipline {
    PSYCHOLOGY,
    SOCIAL_WORK,
    THEOLOGY,
    TEACHING,
    JOURNALISM;

    /** The discipline a request names, in any case; refused by field name when there is no such discipline. */
    public static Discipline named(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "relationship.discipline.unknown", name.strip());
        }
    }
}
