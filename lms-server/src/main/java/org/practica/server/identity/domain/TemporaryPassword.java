package org.practica.server.identity.domain;

import java.security.SecureRandom;

/**
 * A one-time password an administrator hands over (read aloud, written down): three groups of
 * five from letters and digits that cannot be mistaken for one another, about 75 bits.
 */
public final class TemporaryPassword {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    public static String generate() {
        StringBuilder s = new StringBuilder(17);
        for (int i = 0; i < 15; i++) {
            if (i > 0 && i % 5 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
