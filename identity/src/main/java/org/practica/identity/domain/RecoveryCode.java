package org.practica.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Codes that stand in for the authenticator app once each: two readable groups of five (50 bits).
 * So much randomness needs no slow hash; SHA-256 keeps them unreadable.
 */
public final class RecoveryCode {

    public static final int COUNT = 10;

    private RecoveryCode() {
    }

    static String generate() {
        return ReadableCode.generate(2);
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
