package org.practica.mentoring.domain.relationship;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Required hours per competency code as one JSON object. */
@Converter
public class RequiredHoursColumn implements AttributeConverter<Map<String, BigDecimal>, String> {

    private static final Type TYPE = JsonDocument.mapOf(String.class, BigDecimal.class);

    @Override
    public String convertToDatabaseColumn(Map<String, BigDecimal> value) {
        return JsonDocument.write(value == null ? Map.of() : new TreeMap<>(value), TYPE);
    }

    @Override
    public Map<String, BigDecimal> convertToEntityAttribute(String json) {
        Map<String, BigDecimal> read = JsonDocument.read(json, TYPE);
        return read == null ? new TreeMap<>() : new TreeMap<>(read);
    }
}
