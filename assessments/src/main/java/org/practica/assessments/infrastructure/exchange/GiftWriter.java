package org.practica.assessments.infrastructure.exchange;

import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.QuestionWriter;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;

import java.util.List;

/**
 * Writes questions as GIFT that {@link GiftReader} and Moodle read back to the same questions.
 * GIFT cannot say everything: units, case-sensitive short answers, default marks and shuffling are
 * Moodle XML only, and an "any other number" answer is written last.
 */
public final class GiftWriter implements QuestionWriter {

    @Override
    public String write(List<ExportedQuestion> questions) {
        StringBuilder out = new StringBuilder();
        CategoryPath category = null;
        for (ExportedQuestion q : questions) {
            if (!q.category().equals(category)) {
                category = q.category();
                out.append("$CATEGORY: ").append(category.toMoodle()).append("\n\n");
            }
            question(out, q.definition());
            out.append('\n');
        }
        return out.toString();
    }

    private static void question(StringBuilder out, QuestionDefinition q) {
        TextFormat format = q.text().format();
        if (q.options().contentNote() != null) {
            // a comment line to Moodle, which drops it; Practica's reader keeps it as the note
            out.append(GiftReader.CONTENT_NOTE).append(' ').append(q.options().contentNote().replaceAll("\\s+", " ")).append('\n');
        }
        if (q.type() == QuestionType.CLOZE) {
            out.append(GiftReader.CLOZE).append('\n');
        }
        idAndTags(out, q.options().details());
        out.append("::").append(escape(q.name())).append("::");
        out.append(text(q.text(), TextFormat.MOODLE));
        switch (q.type()) {
            case DESCRIPTION, CLOZE -> {
                out.append('\n');
                return;
            }
            case ESSAY -> out.append('{').append(general(q, ""));
            case TRUE_FALSE -> {
                Answer yes = q.answers().get(0);
                Answer no = q.answers().get(1);
                boolean truth = yes.credit().full();
                Answer right = truth ? yes : no;
                Answer wrong = truth ? no : yes;
                out.append('{').append(truth ? "TRUE" : "FALSE");
                if (!wrong.feedback().blank()) {
                    out.append('#').append(text(wrong.feedback(), format));
                } else if (!right.feedback().blank()) {
                    out.append('#');
                }
                if (!right.feedback().blank()) {
                    out.append('#').append(text(right.feedback(), format));
                }
                out.append(general(q, ""));
            }
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                out.append("{\n");
                boolean single = q.type() == QuestionType.SINGLE_CHOICE;
                for (Answer a : q.answers()) {
                    if (a.credit().full() && single) {
                        out.append("\t=");
                    } else if (a.credit().value().signum() == 0) {
                        out.append("\t~");
                    } else {
                        out.append("\t~%").append(a.credit().percent().toPlainString()).append('%');
                    }
                    out.append(text(a.text(), format)).append(feedback(a.feedback(), format)).append('\n');
                }
                out.append(general(q, "\t"));
            }
            case SHORT_ANSWER -> {
                out.append("{\n");
                for (Answer a : q.answers()) {
                    out.append("\t=%").append(a.credit().percent().toPlainString()).append('%')
                            .append(escape(a.text().text())).append(feedback(a.feedback(), format)).append('\n');
                }
                out.append(general(q, "\t"));
            }
            case NUMERICAL -> {
                out.append("{#\n");
                Answer other = null;
                for (Answer a : q.answers()) {
                    if ("*".equals(a.text().text())) {
                        other = a;
                        continue;
                    }
                    out.append("\t=%").append(a.credit().percent().toPlainString()).append('%').append(a.text().text())
                            .append(':').append(a.tolerance() == null ? "0" : a.tolerance().toPlainString())
                            .append(feedback(a.feedback(), format)).append('\n');
                }
                if (other != null) {
                    out.append("\t~#").append(text(other.feedback(), format)).append('\n');
                }
                out.append(general(q, "\t"));
            }
            case MATCHING -> {
                out.append("{\n");
                for (MatchPair p : q.pairs()) {
                    out.append("\t=").append(text(p.prompt(), format)).append(" -> ").append(escape(p.answer())).append('\n');
                }
                out.append(general(q, "\t"));
            }
        }
        out.append("}\n");
    }

    /** Moodle's comment line for an id number and tags: {@code // [id:x] [tag:a] [tag:b]}. */
    private static void idAndTags(StringBuilder out, QuestionDetails details) {
        if (details.idNumber() == null && details.tags().isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("//");
        if (details.idNumber() != null) {
            line.append(" [id:").append(details.idNumber().replace("]", "\\]")).append(']');
        }
        details.tags().forEach(t -> line.append(" [tag:").append(t.replace("]", "\\]")).append(']'));
        out.append(line).append('\n');
    }

    private static String general(QuestionDefinition q, String indent) {
        if (q.generalFeedback().blank()) {
            return "";
        }
        return indent + "####" + text(q.generalFeedback(), q.text().format()) + (indent.isEmpty() ? "" : "\n");
    }

    private static String feedback(FormattedText feedback, TextFormat questionFormat) {
        return feedback.blank() ? "" : "#" + text(feedback, questionFormat);
    }

    /** The text, prefixed with its format when that differs from the one it would inherit. */
    private static String text(FormattedText t, TextFormat inherited) {
        String prefix = !t.blank() && t.format() != inherited ? "[" + t.format().giftName() + "]" : "";
        return prefix + escape(t.text());
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
