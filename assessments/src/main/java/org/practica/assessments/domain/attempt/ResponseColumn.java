package org.practica.assessments.domain.attempt;

import jakarta.persistence.Converter;
import org.practica.assessments.domain.JsonDocument;
import org.practica.assessments.domain.question.Response;

@Converter
public class ResponseColumn extends JsonDocument<Response> {

    public ResponseColumn() {
        super(Response.class);
    }
}
