package org.practica.identity.domain;

import java.lang.reflect.Field;
import java.time.Instant;

/** An organisation as if saved: with the id the database would give it. */
final class SavedOrganisation {

    private SavedOrganisation() {
    }

    static Organisation withId(long id, String name) {
        Organisation o = new Organisation(name, "KZ", OrganisationKind.NGO, Instant.parse("2026-12-01T10:00:00Z"));
        try {
            Field f = Organisation.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(o, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }
}
