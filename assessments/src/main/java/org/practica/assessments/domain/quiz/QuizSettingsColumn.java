package org.practica.assessments.domain.quiz;

import jakarta.persistence.Converter;
import org.practica.assessments.domain.JsonDocument;

@Converter
public class QuizSettingsColumn extends JsonDocument<QuizSettings> {

    public QuizSettingsColumn() {
        super(QuizSettings.class);
    }
}
