package org.practica.server.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Codes that stand in for the authenticator app once each: two groups of five from an alphabet
 * without look-alikes (50 bits). So much randomness needs no slow hash; SHA-256 keeps them unreadable.
 */
public final class RecoveryCode {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {
    }

    static String generate() {
        StringBuilder s = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** As typed: case, spaces and the dash do not matter. */
    static String normalise(String typed) {
        String letters = typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return letters.length() == 10 ? letters.substring(0, 5) + "-" + letters.substring(5) : letters;
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
