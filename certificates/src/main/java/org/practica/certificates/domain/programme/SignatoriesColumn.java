package org.practica.certificates.domain.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.lang.reflect.Type;
import java.util.List;

/** Signatories in printing order as one JSON array. */
@Converter
public class SignatoriesColumn implements AttributeConverter<List<Signatory>, String> {

    private static final Type TYPE = JsonDocument.listOf(Signatory.class);

    @Override
    public String convertToDatabaseColumn(List<Signatory> value) {
        return JsonDocument.write(value == null ? List.of() : value, TYPE);
    }

    @Override
    public List<Signatory> convertToEntityAttribute(String json) {
        List<Signatory> read = JsonDocument.read(json, TYPE);
        return read == null ? List.of() : List.copyOf(read);
    }
}
