package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a cloze question read as Moodle reads its embedded answers:
 * {@code {weight:KIND:answer~answer...}}, each answer {@code =} (full credit) or {@code %n%}
 * (n percent, a decimal comma allowed) or neither (no credit), then its words, then
 * {@code #feedback}; a number's answer is {@code value:tolerance}. {@code \}, \#, \~, \/, \"} and
 * {@code \\} stand for the character itself. Anything in braces that is not an embedded answer of a
 * known kind is text. The pieces are the text around the gaps, one more than the gaps.
 */
public record ClozeText(List<String> pieces, List<ClozeGap> gaps) {

    /** Examples of the three sorts of gap, for messages that explain how to write one. */
    public static final List<String> EXAMPLES = List.of("{1:SHORTANSWER:=Geneva#✓~*#✗}", "{1:MULTICHOICE:=1949~1951~1967}",
            "{1:NUMERICAL:=23.8:0.1}");
    private static final Pattern START = Pattern.compile("\\{(\\d*):([A-Za-z_]+):");
    private static final Pattern PERCENT = Pattern.compile("^%(-?\\d+(?:[.,]\\d*)?)%");
    private static final String ESCAPABLE = "}#~/\"\\{";

    public ClozeText {
        pieces = List.copyOf(pieces);
        gaps = List.copyOf(gaps);
    }

    public static ClozeText parse(String text) {
        List<String> pieces = new ArrayList<>();
        List<ClozeGap> gaps = new ArrayList<>();
        Matcher m = START.matcher(text);
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = closingBrace(text, m.end());
            var spelling = GapKind.named(m.group(2));
            if (end < 0 || spelling.isEmpty()) {
                from = m.start() + 1;
                continue;
            }
            int number = gaps.size() + 1;
            int weight = m.group(1).isEmpty() ? 1 : weight(m.group(1), number);
            GapKind kind = spelling.get().kind();
            gaps.add(new ClozeGap(number, weight, kind, spelling.get().shuffled(), answers(text.substring(m.end(), end), kind, number)));
            pieces.add(text.substring(copied, m.start()));
            copied = end + 1;
            from = copied;
        }
        pieces.add(text.substring(copied));
        return new ClozeText(pieces, gaps);
    }

    /** The text with each gap replaced, as learners and reviews show it. */
    public String replacing(Function<ClozeGap, String> gap) {
        StringBuilder out = new StringBuilder(pieces.get(0));
        for (int i = 0; i < gaps.size(); i++) {
            out.append(gap.apply(gaps.get(i))).append(pieces.get(i + 1));
        }
        return out.toString();
    }

    /** The marks the whole question is worth: its gaps' weights together. */
    public int totalWeight() {
        return gaps.stream().mapToInt(ClozeGap::weight).sum();
    }

    public ClozeGap gap(int number) {
        return gaps.get(number - 1);
    }

    private static int weight(String digits, int number) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInput("text", "question.cloze.weight", number);
        }
    }

    private static int closingBrace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private static List<Answer> answers(String source, GapKind kind, int number) {
        List<Answer> answers = new ArrayList<>();
        for (String alternative : split(source, '~')) {
            String a = alternative.strip();
            Credit credit = Credit.NONE;
            if (a.startsWith("=")) {
                credit = Credit.FULL;
                a = a.substring(1);
            } else {
                Matcher p = PERCENT.matcher(a);
                if (p.find()) {
                    try {
                        credit = Credit.ofPercent(new BigDecimal(p.group(1).replace(',', '.')));
                    } catch (InvalidInput e) {
                        throw new InvalidInput("text", "question.cloze.credit", number, p.group(1));
                    }
                    a = a.substring(p.end());
                }
            }
            List<String> wordsAndFeedback = split(a, '#');
            String words = unescape(wordsAndFeedback.get(0).strip());
            String feedback = wordsAndFeedback.size() > 1 ? unescape(String.join("#", wordsAndFeedback.subList(1, wordsAndFeedback.size())).strip()) : "";
            FormattedText said = new FormattedText(feedback, TextFormat.HTML);
            if (kind == GapKind.NUMERICAL) {
                answers.add(number(words, credit, said));
            } else if (kind.offersChoices()) {
                answers.add(Answer.of(new FormattedText(words, TextFormat.HTML), credit, said));
            } else {
                answers.add(Answer.of(FormattedText.plain(words), credit, said));
            }
        }
        return answers;
    }

    private static Answer number(String words, Credit credit, FormattedText feedback) {
        int colon = words.indexOf(':', 1);
        String value = colon < 0 ? words : words.substring(0, colon).strip();
        BigDecimal tolerance = null;
        if (colon >= 0) {
            try {
                tolerance = new BigDecimal(words.substring(colon + 1).strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                tolerance = BigDecimal.valueOf(-1);    // refused, naming the gap, when the gap is checked
            }
        }
        return new Answer(FormattedText.plain(value), credit, feedback, tolerance);
    }

    /** Splits at every unescaped separator, keeping escapes for {@link #unescape}. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                part.append(c).append(s.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
