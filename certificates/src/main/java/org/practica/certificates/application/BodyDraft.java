package org.practica.certificates.application;

import org.practica.kernel.MultilingualText;

import java.util.List;
import java.util.Map;

/**
 * A professional body as an admin registers or changes it; the code cannot change later. Its
 * names are by language code; {@code name} is still read as the English one, for clients written
 * before a body could be named in several languages.
 */
public record BodyDraft(String code, String name, Map<String, String> names, String country, String discipline,
                        List<String> registrars) {

    /** The names this draft was sent with, from the map and the older single name. */
    public Map<String, String> typedNames() {
        return MultilingualText.typed(names, name, null);
    }
}
