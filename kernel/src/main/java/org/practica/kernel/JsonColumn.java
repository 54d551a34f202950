package org.practica.kernel;

import jakarta.persistence.AttributeConverter;

import java.lang.reflect.Type;

/**
 * A column that holds one value object as a {@link JsonDocument}. A column's converter extends
 * this and names its types once more in its own {@code implements AttributeConverter<V, String>}:
 * EclipseLink reads the converted types from the converter class's own interfaces and does not
 * resolve them through a generic superclass.
 */
public abstract class JsonColumn<V> implements AttributeConverter<V, String> {

    private final Type type;

    protected JsonColumn(Type type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(V value) {
        return JsonDocument.write(value, type);
    }

    @Override
    public V convertToEntityAttribute(String json) {
        return JsonDocument.read(json, type);
    }
}
