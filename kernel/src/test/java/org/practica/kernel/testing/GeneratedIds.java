package org.practica.kernel.testing;

import java.lang.reflect.Field;

/** For application-service tests with in-memory repositories: the ids the database would generate. */
public final class GeneratedIds {

    private GeneratedIds() {
    }

    /** Gives an aggregate whose {@code id} field the database fills the id it would have got. */
    public static void identify(Object aggregate, long id) {
        try {
            Field field = aggregate.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(aggregate, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
