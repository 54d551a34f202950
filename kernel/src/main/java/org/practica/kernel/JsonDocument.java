package org.practica.kernel;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.lang.reflect.Type;

/**
 * Value objects stored as one JSON document in a column: for shapes that differ by kind and are
 * only ever read whole (a question's answers, a quiz's settings, an attempt's copy of its
 * questions). Reading one back runs the value's own checks again. Columns convert through
 * {@link JsonColumn}.
 */
public final class JsonDocument {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private JsonDocument() {
    }

    public static String write(Object value, Type type) {
        return value == null ? null : JSON.toJson(value, type);
    }

    public static <V> V read(String json, Type type) {
        return json == null ? null : JSON.fromJson(json, type);
    }

    /** The type of a list of {@code element}, for reading lists back. */
    public static Type listOf(Class<?> element) {
        return parameterized(java.util.List.class, element);
    }

    /** The type of a map from {@code key} to {@code value}, for reading maps back. */
    public static Type mapOf(Class<?> key, Class<?> value) {
        return parameterized(java.util.Map.class, key, value);
    }

    private static Type parameterized(Class<?> raw, Type... arguments) {
        return new java.lang.reflect.ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return arguments.clone();
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
