package org.practica.identity.domain;

/**
 * A one-time password an administrator hands over (read aloud, written down): three readable
 * groups of five, about 75 bits.
 */
public final class TemporaryPassword {

    private TemporaryPassword() {
    }

    public static String generate() {
        return ReadableCode.generate(3);
    }
}
