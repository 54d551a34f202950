package org.practica.assessments.domain.attempt;

import jakarta.persistence.Converter;
import org.practica.assessments.domain.JsonDocument;

import java.util.ArrayList;
import java.util.List;

@Converter
public class AttemptQuestionsColumn extends JsonDocument<List<AttemptQuestion>> {

    public AttemptQuestionsColumn() {
        super(new ArrayList<AttemptQuestion>() { }.getClass().getGenericSuperclass());
    }
}
