package org.practica.server.web.support;

import jakarta.faces.context.FacesContext;
import org.practica.kernel.ContentLanguage;

import java.util.HashMap;
import java.util.Map;

/**
 * The names a row's form posted in every content language (templates/row-names.xhtml names its
 * inputs {@code name-<language>-<row>}), for a list page where each row renames its own thing.
 */
public final class RowNames {

    private RowNames() {
    }

    public static Map<String, String> posted(String row) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<String, String> typed = new HashMap<>();
        for (ContentLanguage l : ContentLanguage.values()) {
            typed.put(l.code(), form.get("name-" + l.code() + "-" + row));
        }
        return typed;
    }
}
