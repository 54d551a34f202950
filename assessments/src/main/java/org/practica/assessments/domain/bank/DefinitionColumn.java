package org.practica.assessments.domain.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.kernel.JsonColumn;

/** A question's definition (its kind, answers and feedback), as one JSON document. */
@Converter
public class DefinitionColumn extends JsonColumn<QuestionDefinition> implements AttributeConverter<QuestionDefinition, String> {

    public DefinitionColumn() {
        super(QuestionDefinition.class);
    }
}
