package org.practica.server.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The id of what a page shows, from its address ({@code course.xhtml?id=12}). One that is not a
 * number names nothing, like an id of something that does not exist: the page then says once
 * that it was not found, instead of a conversion error above that message.
 */
@FacesConverter("practica.pageId")
public class PageId implements Converter<Long> {

    /** No row has it: the database counts ids from 1. */
    static final long NOTHING = 0;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return NOTHING;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
