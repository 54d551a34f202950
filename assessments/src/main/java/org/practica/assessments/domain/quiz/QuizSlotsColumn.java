package org.practica.assessments.domain.quiz;

import jakarta.persistence.Converter;
import org.practica.assessments.domain.JsonDocument;

import java.util.ArrayList;
import java.util.List;

@Converter
public class QuizSlotsColumn extends JsonDocument<List<QuizSlot>> {

    public QuizSlotsColumn() {
        super(new ArrayList<QuizSlot>() { }.getClass().getGenericSuperclass());
    }
}
