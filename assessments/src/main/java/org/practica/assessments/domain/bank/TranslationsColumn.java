package org.practica.assessments.domain.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;
import org.practica.assessments.domain.question.QuestionTexts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;

/** A question's translations, language code to words, as one JSON document. */
@Converter
public class TranslationsColumn implements AttributeConverter<Map<String, QuestionTexts>, String> {

    private static final Type TYPE = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{String.class, QuestionTexts.class};
        }

        @Override
        public Type getRawType() {
            return Map.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    @Override
    public String convertToDatabaseColumn(Map<String, QuestionTexts> value) {
        return value == null || value.isEmpty() ? null : JsonDocument.write(value, TYPE);
    }

    @Override
    public Map<String, QuestionTexts> convertToEntityAttribute(String json) {
        return JsonDocument.read(json, TYPE);
    }
}
