package org.practica.server.web;

import jakarta.faces.context.FacesContext;

/** The {@code id} a stateless light page posts with its form, read before view parameters are applied. */
final class PostedId {

    private PostedId() {
    }

    static Long of() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
