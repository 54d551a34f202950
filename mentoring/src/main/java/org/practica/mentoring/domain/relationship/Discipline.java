package org.practica.mentoring.domain.relationship;

import org.practica.kernel.InvalidInput;

import java.util.Locale;

/** The profession a mentee is supervised in; each has its own competency framework. */
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
