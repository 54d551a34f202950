package org.practica.assessments.domain.quiz;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;

import java.util.List;

@Converter
public class QuizSlotsColumn implements AttributeConverter<List<QuizSlot>, String> {

    @Override
    public String convertToDatabaseColumn(List<QuizSlot> value) {
        return JsonDocument.write(value, JsonDocument.listOf(QuizSlot.class));
    }

    @Override
    public List<QuizSlot> convertToEntityAttribute(String json) {
        return JsonDocument.read(json, JsonDocument.listOf(QuizSlot.class));
    }
}
