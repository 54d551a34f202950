package org.practica.assessments.domain.attempt;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** An attempt's own copy of its questions, as one JSON document. */
@Converter
public class AttemptQuestionsColumn extends JsonColumn<List<AttemptQuestion>> implements AttributeConverter<List<AttemptQuestion>, String> {

    public AttemptQuestionsColumn() {
        super(JsonDocument.listOf(AttemptQuestion.class));
    }
}
