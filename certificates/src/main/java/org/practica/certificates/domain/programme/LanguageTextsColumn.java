package org.practica.certificates.domain.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;

/** Texts per language code as one JSON object. */
@Converter
public class LanguageTextsColumn implements AttributeConverter<Map<String, String>, String> {

    private static final Type TYPE = JsonDocument.mapOf(String.class, String.class);

    @Override
    public String convertToDatabaseColumn(Map<String, String> value) {
        return JsonDocument.write(value == null ? Map.of() : new TreeMap<>(value), TYPE);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        Map<String, String> read = JsonDocument.read(json, TYPE);
        return read == null ? new TreeMap<>() : new TreeMap<>(read);
    }
}
