package org.practica.server.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.math.BigDecimal;

/**
 * Every decimal field in a form (registered for BigDecimal in faces-config.xml): it shows the
 * number with the language's separator and reads back "1,5" and "1.5" alike, since people switch
 * keyboards and copy figures from documents written in either convention.
 */
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String cleaned = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            String message = Messages.get(context.getViewRoot().getLocale(), "validation.number");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = Numbers.decimal(context.getViewRoot().getLocale());
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
