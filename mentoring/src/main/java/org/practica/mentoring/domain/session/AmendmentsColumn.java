package org.practica.mentoring.domain.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** The history of a signed-off session, oldest first, as one JSON document (reasons sealed). */
@Converter
public class AmendmentsColumn implements AttributeConverter<List<StoredAmendment>, String> {

    @Override
    public String convertToDatabaseColumn(List<StoredAmendment> value) {
        return JsonDocument.write(value == null ? List.of() : value, JsonDocument.listOf(StoredAmendment.class));
    }

    @Override
    public List<StoredAmendment> convertToEntityAttribute(String json) {
        List<StoredAmendment> read = JsonDocument.read(json, JsonDocument.listOf(StoredAmendment.class));
        return read == null ? List.of() : read;
    }
}
