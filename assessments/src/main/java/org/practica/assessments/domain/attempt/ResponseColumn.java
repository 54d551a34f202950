package org.practica.assessments.domain.attempt;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.assessments.domain.question.Response;
import org.practica.kernel.JsonColumn;

/** An answer as the learner gave it, as one JSON document. */
@Converter
public class ResponseColumn extends JsonColumn<Response> implements AttributeConverter<Response, String> {

    public ResponseColumn() {
        super(Response.class);
    }
}
