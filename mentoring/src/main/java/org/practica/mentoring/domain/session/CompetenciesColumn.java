package org.practica.mentoring.domain.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Converter
public class CompetenciesColumn implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> value) {
        return JsonDocument.write(value == null ? List.of() : List.copyOf(new TreeSet<>(value)), JsonDocument.listOf(String.class));
    }

    @Override
    public Set<String> convertToEntityAttribute(String json) {
        List<String> codes = JsonDocument.read(json, JsonDocument.listOf(String.class));
        return codes == null ? Set.of() : Set.copyOf(codes);
    }
}
