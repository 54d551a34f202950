package org.practica.mentoring.domain.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** Case references as a JSON list of their codes; reading one back checks it again. */
@Converter
public class CaseReferencesColumn implements AttributeConverter<List<CaseReference>, String> {

    @Override
    public String convertToDatabaseColumn(List<CaseReference> value) {
        return JsonDocument.write(value == null ? List.of() : value.stream().map(CaseReference::code).toList(),
                JsonDocument.listOf(String.class));
    }

    @Override
    public List<CaseReference> convertToEntityAttribute(String json) {
        List<String> codes = JsonDocument.read(json, JsonDocument.listOf(String.class));
        return codes == null ? List.of() : codes.stream().map(CaseReference::new).toList();
    }
}
