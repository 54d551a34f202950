package org.practica.assessments.domain.exchange;

import org.practica.kernel.InvalidInput;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInput("file", "exchange.file.notUtf8", lineOf(bytes, in.position()));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A question's name as Moodle keeps it: plain text, without the markup some files put in it
     * ({@code <b>Week 1</b>}), spaces run together. A lone {@code <} as in "age < 18" stays.
     */
    public static String plainName(String name) {
        return name == null ? null : TAG.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
