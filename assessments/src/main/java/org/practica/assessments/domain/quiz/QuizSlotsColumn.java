package org.practica.assessments.domain.quiz;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** A quiz's slots in order, as one JSON document. */
@Converter
public class QuizSlotsColumn extends JsonColumn<List<QuizSlot>> implements AttributeConverter<List<QuizSlot>, String> {

    public QuizSlotsColumn() {
        super(JsonDocument.listOf(QuizSlot.class));
    }
}
