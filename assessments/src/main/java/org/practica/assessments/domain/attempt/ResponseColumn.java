package org.practica.assessments.domain.attempt;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonDocument;
import org.practica.assessments.domain.question.Response;

@Converter
public class ResponseColumn implements AttributeConverter<Response, String> {

    @Override
    public String convertToDatabaseColumn(Response value) {
        return JsonDocument.write(value, Response.class);
    }

    @Override
    public Response convertToEntityAttribute(String json) {
        return JsonDocument.read(json, Response.class);
    }
}
