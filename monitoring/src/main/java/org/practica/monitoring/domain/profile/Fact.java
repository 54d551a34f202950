package org.practica.monitoring.domain.profile;

import org.practica.kernel.InvalidInput;

import java.util.Locale;

/** Reads one typed fact: blank is "not given", a known name is the fact, anything else is refused at its field. */
final class Fact {

    private Fact() {
    }

    static <E extends Enum<E>> E of(Class<E> kind, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, "profile.fact.unknown");
        }
    }
}
