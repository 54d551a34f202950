package org.practica.assessments.domain.survey;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** A survey's questions in order, as one JSON document. */
@Converter
public class SurveyQuestionsColumn extends JsonColumn<List<SurveyQuestion>> implements AttributeConverter<List<SurveyQuestion>, String> {

    public SurveyQuestionsColumn() {
        super(JsonDocument.listOf(SurveyQuestion.class));
    }
}
