package org.practica.assessments.domain.question;

/**
 * What a learner reads after answering a choice or matching question, by how the answer did as
 * a whole: right, partly right, wrong; and whether the number of right parts is said.
 */
public record CombinedFeedback(FormattedText correct, FormattedText partiallyCorrect, FormattedText incorrect, boolean showNumCorrect) {

    public CombinedFeedback {
        correct = correct == null ? FormattedText.empty(TextFormat.HTML) : correct;
        partiallyCorrect = partiallyCorrect == null ? FormattedText.empty(correct.format()) : partiallyCorrect;
        incorrect = incorrect == null ? FormattedText.empty(correct.format()) : incorrect;
    }

    public static CombinedFeedback none(TextFormat format) {
        return new CombinedFeedback(FormattedText.empty(format), FormattedText.empty(format), FormattedText.empty(format), false);
    }

    public boolean blank() {
        return correct.blank() && partiallyCorrect.blank() && incorrect.blank() && !showNumCorrect;
    }

    /** The feedback for a credit: full, some, or none. */
    public FormattedText forCredit(Credit credit) {
        return credit.full() ? correct : credit.positive() ? partiallyCorrect : incorrect;
    }
}
