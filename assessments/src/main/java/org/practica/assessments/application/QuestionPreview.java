package org.practica.assessments.application;

import org.practica.assessments.domain.question.Caution;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A question as a trainer checks it before use: its text and answers as learners will see them
 * (sanitised HTML), with the answers that earn credit marked, and what the trainer should look at
 * again ({@link QuestionDefinition#cautions()}). Matching pairs read "prompt → answer".
 */
public record QuestionPreview(String html, List<Choice> choices, List<Caution> cautions) implements Serializable {

    /** {@code html} is safe to show; {@code matchedTo} is plain text, only for a matching pair. */
    public record Choice(String html, String matchedTo, boolean earnsCredit) implements Serializable {
    }

    /**
     * The preview with links replaced by other addresses: an embedded file's link by the file
     * itself while it is not stored yet. The addresses are made here, never by a trainer, so the
     * sanitised HTML stays safe.
     */
    QuestionPreview showing(Map<String, String> addresses) {
        if (addresses.isEmpty()) {
            return this;
        }
        java.util.function.UnaryOperator<String> swap = h -> {
            String out = h;
            for (Map.Entry<String, String> a : addresses.entrySet()) {
                out = out.replace("\"" + a.getKey() + "\"", "\"" + a.getValue() + "\"");
            }
            return out;
        };
        return new QuestionPreview(swap.apply(html), choices.stream().map(c -> new Choice(swap.apply(c.html()), c.matchedTo(), c.earnsCredit())).toList(),
                cautions);
    }

    static QuestionPreview of(QuestionDefinition d) {
        if (d.type() == QuestionType.CLOZE) {
            // the gaps numbered in the text, each gap's answers below it: "[1] Owl"
            List<Choice> choices = d.cloze().gaps().stream().flatMap(g -> g.answers().stream()
                    .map(a -> new Choice("[" + g.number() + "] " + a.text().asHtml(), null, a.credit().positive()))).toList();
            return new QuestionPreview(AttemptResults.shownText(d), choices, d.cautions());
        }
        List<Choice> choices = d.type() == QuestionType.MATCHING
                ? d.pairs().stream().map(p -> new Choice(p.prompt().asHtml(), p.answer(), !p.distractor())).toList()
                : d.answers().stream().map(a -> new Choice(a.text().asHtml(), null, a.credit().positive())).toList();
        return new QuestionPreview(d.text().asHtml(), choices, d.cautions());
    }
}
