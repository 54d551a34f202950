package org.practica.identity.domain;

import java.security.SecureRandom;

/**
 * Random codes a person reads, writes down or says aloud: groups of five from lower-case letters
 * and digits that cannot be mistaken for one another (no 0/o, 1/l/i), about 5 bits a character.
 */
final class ReadableCode {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCode() {
    }

    /** {@code groups} groups of five, joined by dashes. */
    static String generate(int groups) {
        StringBuilder s = new StringBuilder(groups * (GROUP + 1));
        for (int i = 0; i < groups * GROUP; i++) {
            if (i > 0 && i % GROUP == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
