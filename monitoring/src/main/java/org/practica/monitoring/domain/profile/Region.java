package org.practica.monitoring.domain.profile;

import org.practica.kernel.MultilingualText;

/** A first-level subdivision of a country by its ISO 3166-2 code ("KZ-75", "AL-11"), with its names. */
public record Region(String code, MultilingualText names) {

    /** The ISO 3166-1 country the code begins with. */
    public String country() {
        return code.substring(0, code.indexOf('-'));
    }
}
