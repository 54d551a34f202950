package org.practica.server.web.support;

import jakarta.faces.context.FacesContext;

/** The {@code id} a stateless light page posts with its form, read before view parameters are applied. */
public final class PostedId {

    private PostedId() {
    }

    public static Long of() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
