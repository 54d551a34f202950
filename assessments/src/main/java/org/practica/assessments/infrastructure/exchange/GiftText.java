package org.practica.assessments.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * GIFT text with its escapes resolved but remembered: {@code \~ \= \# \{ \} \:} and {@code \\}
 * become the plain character marked as escaped, {@code \n} a newline. Searching for the
 * characters that give GIFT its structure skips escaped ones, so no placeholder can clash with
 * what a trainer wrote.
 */
final class GiftText {

    private static final String ESCAPABLE = "~=#{}:\\";

    private final String chars;
    private final boolean[] escaped;

    private GiftText(String chars, boolean[] escaped) {
        this.chars = chars;
        this.escaped = escaped;
    }

    static GiftText of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        List<Boolean> marks = new ArrayList<>(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (ESCAPABLE.indexOf(next) >= 0) {
                    out.append(next);
                    marks.add(true);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    marks.add(true);
                    i++;
                    continue;
                }
            }
            out.append(c);
            marks.add(false);
        }
        boolean[] escaped = new boolean[marks.size()];
        for (int i = 0; i < escaped.length; i++) {
            escaped[i] = marks.get(i);
        }
        return new GiftText(out.toString(), escaped);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** The first unescaped occurrence of {@code s} at or after {@code from}, or -1. */
    int indexOf(String s, int from) {
        for (int i = Math.max(0, from); i + s.length() <= chars.length(); i++) {
            if (chars.startsWith(s, i) && plain(i, i + s.length())) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String s) {
        return indexOf(s, 0);
    }

    int lastIndexOf(String s) {
        for (int i = chars.length() - s.length(); i >= 0; i--) {
            if (chars.startsWith(s, i) && plain(i, i + s.length())) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWith(String s) {
        return chars.startsWith(s) && plain(0, s.length());
    }

    boolean endsWith(String s) {
        return chars.endsWith(s) && plain(chars.length() - s.length(), chars.length());
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    boolean isPlain(int i) {
        return !escaped[i];
    }

    GiftText substring(int from, int to) {
        boolean[] part = new boolean[to - from];
        System.arraycopy(escaped, from, part, 0, to - from);
        return new GiftText(chars.substring(from, to), part);
    }

    GiftText substring(int from) {
        return substring(from, chars.length());
    }

    GiftText strip() {
        int start = 0;
        int end = chars.length();
        while (start < end && Character.isWhitespace(chars.charAt(start)) && !escaped[start]) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars.charAt(end - 1)) && !escaped[end - 1]) {
            end--;
        }
        return substring(start, end);
    }

    /** Splits before every unescaped occurrence of any of {@code markers}, keeping the marker. */
    List<GiftText> splitBefore(String markers) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (!escaped[i] && markers.indexOf(chars.charAt(i)) >= 0 && i > start) {
                parts.add(substring(start, i));
                start = i;
            }
        }
        parts.add(substring(start));
        return parts;
    }

    private boolean plain(int from, int to) {
        for (int i = from; i < to; i++) {
            if (escaped[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return chars;
    }
}
