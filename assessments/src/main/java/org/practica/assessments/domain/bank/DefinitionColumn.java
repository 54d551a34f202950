package org.practica.assessments.domain.bank;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.assessments.domain.question.QuestionDefinition;

/**
 * Stores a question's definition as one JSON document. Answers, pairs and options differ by type
 * and are only ever read whole, so a document fits better than seven tables; reading it back runs
 * the definition's own checks again.
 */
@Converter
public class DefinitionColumn implements AttributeConverter<QuestionDefinition, String> {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Override
    public String convertToDatabaseColumn(QuestionDefinition definition) {
        return definition == null ? null : JSON.toJson(definition);
    }

    @Override
    public QuestionDefinition convertToEntityAttribute(String json) {
        return json == null ? null : JSON.fromJson(json, QuestionDefinition.class);
    }
}
