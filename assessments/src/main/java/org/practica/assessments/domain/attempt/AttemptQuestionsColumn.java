package org.practica.assessments.domain.attempt;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;

@Converter
public class AttemptQuestionsColumn implements AttributeConverter<List<AttemptQuestion>, String> {

    @Override
    public String convertToDatabaseColumn(List<AttemptQuestion> value) {
        return JsonDocument.write(value, JsonDocument.listOf(AttemptQuestion.class));
    }

    @Override
    public List<AttemptQuestion> convertToEntityAttribute(String json) {
        return JsonDocument.read(json, JsonDocument.listOf(AttemptQuestion.class));
    }
}
