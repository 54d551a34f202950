package org.practica.assessments.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.lang.reflect.Type;

/**
 * Value objects stored as one JSON document in a column: for shapes that differ by kind and are
 * only ever read whole (a question's answers, a quiz's settings, an attempt's copy of its
 * questions). Reading one back runs the value's own checks again. Each column has its own small
 * converter naming its types outright; EclipseLink cannot see them through a generic base class.
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
        return new java.lang.reflect.ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[]{element};
            }

            @Override
            public Type getRawType() {
                return java.util.List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
