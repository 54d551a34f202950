package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 64 characters of lower-case Latin letters, digits, dot, hyphen and
 * underscore. Kept ASCII so that it can be typed on any keyboard layout the users have.
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("username", "validation.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("username", "validation.tooLong", MAX_LENGTH);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInput("username", "validation.username.pattern");
        }
    }

    /** Erased accounts are renamed {@code erased-<number>}; no one else may be called so. */
    public static boolean isPseudonym(String value) {
        return value != null && value.matches("erased-\\d+");
    }

    /** This name, for an account about to be created: refused when it is kept for erased accounts. */
    public Username forNewAccount() {
        if (value.startsWith("erased-")) {
            throw new InvalidInput("username", "validation.username.reserved");
        }
        return this;
    }

    /** Accepts what a person typed: surrounding spaces and capitals are forgiven. */
    /** The name as typed, when it could be one; empty for anything that could not (sign-in and look-ups answer "unknown"). */
    public static java.util.Optional<Username> ifValid(String raw) {
        try {
            return java.util.Optional.of(typed(raw));
        } catch (InvalidInput e) {
            return java.util.Optional.empty();
        }
    }

    public static Username typed(String raw) {
        return new Username(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
