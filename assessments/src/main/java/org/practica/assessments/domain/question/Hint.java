package org.practica.assessments.domain.question;

/**
 * A hint a trainer wrote for a question: shown to the learner on review, and kept with Moodle's
 * two settings for interactive tries (say how many parts are right; clear the wrong ones).
 */
public record Hint(FormattedText text, boolean showNumCorrect, boolean clearWrong) {

    public Hint {
        text = text == null ? FormattedText.empty(TextFormat.HTML) : text;
    }
}
