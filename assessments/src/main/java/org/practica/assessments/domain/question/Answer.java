package org.practica.assessments.domain.question;

import java.math.BigDecimal;

/**
 * One answer of a choice, short-answer, true/false or numerical question: its text (for a
 * numerical answer, the number, or {@code *} for "any other"), the credit it earns, the feedback
 * a learner sees on giving it, and for numbers the tolerance either side.
 */
public record Answer(FormattedText text, Credit credit, FormattedText feedback, BigDecimal tolerance) {

    public Answer {
        feedback = feedback == null ? FormattedText.empty(text.format()) : feedback;
        credit = credit == null ? Credit.NONE : credit;
        tolerance = tolerance == null ? null : Decimals.plain(tolerance);
    }

    public static Answer of(FormattedText text, Credit credit, FormattedText feedback) {
        return new Answer(text, credit, feedback, null);
    }
}
