package org.practica.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.lang.reflect.Type;
import java.util.Map;

/** A {@link MultilingualText} as one JSON object from language code to text. */
@Converter
public class MultilingualTextColumn implements AttributeConverter<MultilingualText, String> {

    private static final Type VERSIONS = JsonDocument.mapOf(String.class, String.class);

    @Override
    public String convertToDatabaseColumn(MultilingualText text) {
        return text == null ? null : JsonDocument.write(text.versions(), VERSIONS);
    }

    @Override
    public MultilingualText convertToEntityAttribute(String json) {
        Map<String, String> versions = JsonDocument.read(json, VERSIONS);
        return versions == null || versions.isEmpty() ? null : MultilingualText.written(versions);
    }
}
