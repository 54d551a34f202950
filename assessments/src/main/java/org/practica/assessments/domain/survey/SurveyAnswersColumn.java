package org.practica.assessments.domain.survey;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** A response's answers, one per question in the survey's order, as one JSON document. */
@Converter
public class SurveyAnswersColumn extends JsonColumn<List<SurveyAnswer>> implements AttributeConverter<List<SurveyAnswer>, String> {

    public SurveyAnswersColumn() {
        super(JsonDocument.listOf(SurveyAnswer.class));
    }
}
