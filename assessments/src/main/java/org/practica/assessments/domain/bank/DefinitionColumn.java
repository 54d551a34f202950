package org.practica.assessments.domain.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;
import org.practica.assessments.domain.question.QuestionDefinition;

@Converter
public class DefinitionColumn implements AttributeConverter<QuestionDefinition, String> {

    @Override
    public String convertToDatabaseColumn(QuestionDefinition value) {
        return JsonDocument.write(value, QuestionDefinition.class);
    }

    @Override
    public QuestionDefinition convertToEntityAttribute(String json) {
        return JsonDocument.read(json, QuestionDefinition.class);
    }
}
