package org.practica.assessments.domain.question;

import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settings of a question beyond its answers: its default mark, whether short answers compare case,
 * whether a quiz may shuffle its answers, the units a number may be given in, an essay's rubric
 * (null when the trainer marks it with a plain score), a content note said before a question
 * that may distress (null for most), and the details Moodle keeps ({@link QuestionDetails}; the
 * question gives them its type's defaults when none are set).
 */
public record QuestionOptions(BigDecimal defaultMark, boolean caseSensitive, boolean shuffleAnswers,
                              List<NumericalUnit> units, Rubric rubric, String contentNote, QuestionDetails details) {

    public static final int NOTE_MAX = 300;

    public QuestionOptions {
        contentNote = Text.optional("contentNote", contentNote, NOTE_MAX);
        defaultMark = defaultMark == null ? BigDecimal.ONE : Decimals.plain(defaultMark);
        if (defaultMark.signum() < 0) {
            defaultMark = BigDecimal.ZERO;
        }
        units = units == null ? List.of() : List.copyOf(units);
        rubric = rubric == null || rubric.criteria().isEmpty() ? null : rubric;
    }

    public static QuestionOptions defaults(QuestionType type) {
        boolean offersChoices = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE
                || type == QuestionType.MATCHING;
        return new QuestionOptions(type == QuestionType.DESCRIPTION ? BigDecimal.ZERO : BigDecimal.ONE, false, offersChoices, List.of(), null, null, null);
    }

    public QuestionOptions withContentNote(String note) {
        return new QuestionOptions(defaultMark, caseSensitive, shuffleAnswers, units, rubric, note, details);
    }

    public QuestionOptions withDefaultMark(BigDecimal mark) {
        return new QuestionOptions(mark, caseSensitive, shuffleAnswers, units, rubric, contentNote, details);
    }

    public QuestionOptions withDetails(QuestionDetails value) {
        return new QuestionOptions(defaultMark, caseSensitive, shuffleAnswers, units, rubric, contentNote, value);
    }

    public QuestionOptions withCaseSensitive(boolean value) {
        return new QuestionOptions(defaultMark, value, shuffleAnswers, units, rubric, contentNote, details);
    }
}
