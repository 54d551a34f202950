package org.practica.assessments.domain.quiz;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;

/** A quiz's settings, as one JSON document. */
@Converter
public class QuizSettingsColumn extends JsonColumn<QuizSettings> implements AttributeConverter<QuizSettings, String> {

    public QuizSettingsColumn() {
        super(QuizSettings.class);
    }
}
