package org.practica.identity.domain.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.Map;

/** A person's choices of delivery per kind of notice, as a JSON object. */
@Converter
public class ChoicesColumn extends JsonColumn<Map<String, String>> implements AttributeConverter<Map<String, String>, String> {

    public ChoicesColumn() {
        super(JsonDocument.mapOf(String.class, String.class));
    }
}
