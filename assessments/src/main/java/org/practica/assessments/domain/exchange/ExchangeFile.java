package org.practica.assessments.domain.exchange;

import java.util.regex.Pattern;

/**
 * A question file as it arrives: UTF-8, as both GIFT and Moodle XML are written. A file that is
 * not is refused with the line of its first bad byte, rather than read with replacement
 * characters that would then be stored as the trainer's text.
 */
public final class ExchangeFile {

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    private ExchangeFile() {
    }

    /** The file's text, without a byte-order mark; refused at the first bytes that are not UTF-8. */
    public static String decoded(byte[] bytes) {
        return org.practica.documents.UploadedText.utf8("file", bytes);
    }

    /**
     * A question's name as Moodle keeps it: plain text, without the markup some files put in it
     * ({@code <b>Week 1</b>}), spaces run together. A lone {@code <} as in "age < 18" stays.
     */
    public static String plainName(String name) {
        return name == null ? null : TAG.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
