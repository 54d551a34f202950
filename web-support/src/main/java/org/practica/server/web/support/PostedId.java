package org.practica.server.web.support;

import jakarta.faces.context.FacesContext;
import org.practica.kernel.NotFound;

/** Ids that pages post with their forms. */
public final class PostedId {

    /**
     * The id a form posted under {@code name}; one that is missing or not a number names nothing,
     * which the page says with {@code notFoundKey} like any other refusal.
     */
    public static long required(String name, String notFoundKey) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new NotFound(notFoundKey);
        }
    }

    private PostedId() {
    }

    /** The {@code id} a stateless light page posts with its form, read before view parameters are applied. */
    public static Long of() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
