package org.practica.certificates.domain.certificate;

import org.practica.kernel.InvalidInput;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The secret part of a certificate's verification link and QR code: 130 random bits written as 26
 * base-32 letters and digits, so it can neither be guessed nor found by counting.
 */
public record VerificationCode(String value) {

    public static final int LENGTH = 26;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("code", "certificate.code.format");
        }
    }

    public static VerificationCode generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new VerificationCode(new String(code));
    }

    /** A code as someone typed or scanned it: case and spaces or dashes do not matter. */
    public static VerificationCode typed(String text) {
        return new VerificationCode(text == null ? null : text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
