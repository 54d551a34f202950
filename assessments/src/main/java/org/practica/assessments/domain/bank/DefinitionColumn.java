package org.practica.assessments.domain.bank;

import jakarta.persistence.Converter;
import org.practica.assessments.domain.JsonDocument;
import org.practica.assessments.domain.question.QuestionDefinition;

/** A question's definition as one JSON document: answers, pairs and options differ by type. */
@Converter
public class DefinitionColumn extends JsonDocument<QuestionDefinition> {

    public DefinitionColumn() {
        super(QuestionDefinition.class);
    }
}
