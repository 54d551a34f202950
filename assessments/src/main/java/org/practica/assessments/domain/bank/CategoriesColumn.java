package org.practica.assessments.domain.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.assessments.domain.exchange.CategoryInfo;
import org.practica.kernel.JsonColumn;
import org.practica.kernel.JsonDocument;

import java.util.List;

/** A bank's category descriptions, as one JSON document. */
@Converter
public class CategoriesColumn extends JsonColumn<List<CategoryInfo>> implements AttributeConverter<List<CategoryInfo>, String> {

    public CategoriesColumn() {
        super(JsonDocument.listOf(CategoryInfo.class));
    }
}
