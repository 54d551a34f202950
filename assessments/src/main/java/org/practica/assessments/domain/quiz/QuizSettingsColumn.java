package org.practica.assessments.domain.quiz;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;


@Converter
public class QuizSettingsColumn implements AttributeConverter<QuizSettings, String> {

    @Override
    public String convertToDatabaseColumn(QuizSettings value) {
        return JsonDocument.write(value, QuizSettings.class);
    }

    @Override
    public QuizSettings convertToEntityAttribute(String json) {
        return JsonDocument.read(json, QuizSettings.class);
    }
}
