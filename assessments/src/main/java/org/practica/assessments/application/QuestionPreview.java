package org.practica.assessments.application;

import org.practica.assessments.domain.question.Caution;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;

import java.io.Serializable;
import java.util.List;

/**
 * A question as a trainer checks it before use: its text and answers as learners will see them
 * (sanitised HTML), with the answers that earn credit marked, and what the trainer should look at
 * again ({@link QuestionDefinition#cautions()}). Matching pairs read "prompt → answer".
 */
public record QuestionPreview(String html, List<Choice> choices, List<Caution> cautions) implements Serializable {

    /** {@code html} is safe to show; {@code matchedTo} is plain text, only for a matching pair. */
    public record Choice(String html, String matchedTo, boolean earnsCredit) implements Serializable {
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
