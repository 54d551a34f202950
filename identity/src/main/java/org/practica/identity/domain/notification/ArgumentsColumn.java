package org.practica.identity.domain.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** A notice's arguments, as a JSON array of strings. */
@Converter
public class ArgumentsColumn extends JsonColumn<List<String>> implements AttributeConverter<List<String>, String> {

    public ArgumentsColumn() {
        super(JsonDocument.listOf(String.class));
    }
}
