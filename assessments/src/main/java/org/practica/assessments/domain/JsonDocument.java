package org.practica.assessments.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;

import java.lang.reflect.Type;

/**
 * Stores a value object as one JSON document in a column: for shapes that differ by kind and are
 * only ever read whole (a question's answers, a quiz's settings, an attempt's copy of its
 * questions). Reading one back runs the value's own checks again.
 */
public abstract class JsonDocument<T> implements AttributeConverter<T, String> {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final Type type;

    protected JsonDocument(Type type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : JSON.toJson(value, type);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? null : JSON.fromJson(json, type);
    }

    /** The same JSON outside JPA, for columns written with plain SQL. */
    public static String write(Object value, Type type) {
        return JSON.toJson(value, type);
    }

    public static <V> V read(String json, Type type) {
        return JSON.fromJson(json, type);
    }
}
