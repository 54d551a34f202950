package org.practica.assessments.domain.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.kernel.JsonDocument;

import java.lang.reflect.Type;
import java.util.Map;

/** A question's translations, language code to words, as one JSON document. */
@Converter
public class TranslationsColumn implements AttributeConverter<Map<String, QuestionTexts>, String> {

    private static final Type TYPE = JsonDocument.mapOf(String.class, QuestionTexts.class);

    @Override
    public String convertToDatabaseColumn(Map<String, QuestionTexts> value) {
        return value == null || value.isEmpty() ? null : JsonDocument.write(value, TYPE);
    }

    @Override
    public Map<String, QuestionTexts> convertToEntityAttribute(String json) {
        return JsonDocument.read(json, TYPE);
    }
}
