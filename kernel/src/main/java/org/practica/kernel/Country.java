package org.practica.kernel;

import java.util.Locale;
import java.util.Set;

/**
 * A country by its ISO 3166-1 alpha-2 code ("KZ"). Only assigned codes are accepted: a made-up
 * "XX" on a certificate or an organisation would print as nothing anywhere.
 */
public final class Country {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Country() {
    }

    /** The code, upper-cased; blank is none; anything else is refused at the field. */
    public static String code(String field, String typed, String messageKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (!ASSIGNED.contains(code)) {
            throw new InvalidInput(field, messageKey);
        }
        return code;
    }

    /** Every assigned code, for a form's list. */
    public static Set<String> assigned() {
        return ASSIGNED;
    }
}
