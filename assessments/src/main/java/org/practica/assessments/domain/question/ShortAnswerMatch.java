package org.practica.assessments.domain.question;

import java.util.regex.Pattern;

/**
 * Compares a typed answer with an accepted one. Both are stripped and their runs of spaces
 * collapsed; {@code *} in the accepted answer stands for any text, {@code \*} for an asterisk.
 * Case does not count unless the question says so, in any alphabet.
 */
final class ShortAnswerMatch {

    private ShortAnswerMatch() {
    }

    static boolean matches(String accepted, String given, boolean caseSensitive) {
        if (given == null) {
            return false;
        }
        String response = normal(given);
        if (response.isEmpty()) {
            return false;
        }
        return pattern(normal(accepted), caseSensitive).matcher(response).matches();
    }

    static Pattern pattern(String accepted, boolean caseSensitive) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < accepted.length(); i++) {
            char c = accepted.charAt(i);
            if (c == '\\' && i + 1 < accepted.length() && accepted.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(regex.toString(), flags);
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
