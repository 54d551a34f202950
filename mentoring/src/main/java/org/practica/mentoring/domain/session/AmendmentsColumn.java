package org.practica.mentoring.domain.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** The history of a signed-off session, oldest first, as one JSON document. */
@Converter
public class AmendmentsColumn implements AttributeConverter<List<Amendment>, String> {

    @Override
    public String convertToDatabaseColumn(List<Amendment> value) {
        return JsonDocument.write(value == null ? List.of() : value, JsonDocument.listOf(Amendment.class));
    }

    @Override
    public List<Amendment> convertToEntityAttribute(String json) {
        List<Amendment> read = JsonDocument.read(json, JsonDocument.listOf(Amendment.class));
        return read == null ? List.of() : read;
    }
}
