package org.practica.assessments.domain.question;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a gap in a cloze question is answered, named as Moodle's embedded answers name it: typed
 * words (with or without case), a typed number, one choice from a drop-down or from radio buttons
 * set down or across, or several choices from check boxes. A name ending in S shuffles the choices.
 */
public enum GapKind {
    SHORT_ANSWER(QuestionType.SHORT_ANSWER),
    SHORT_ANSWER_CASE(QuestionType.SHORT_ANSWER),
    NUMERICAL(QuestionType.NUMERICAL),
    DROPDOWN(QuestionType.SINGLE_CHOICE),
    RADIO_VERTICAL(QuestionType.SINGLE_CHOICE),
    RADIO_HORIZONTAL(QuestionType.SINGLE_CHOICE),
    CHECKBOX_VERTICAL(QuestionType.MULTIPLE_RESPONSE),
    CHECKBOX_HORIZONTAL(QuestionType.MULTIPLE_RESPONSE);

    /** Moodle's names and their short forms; the value says the kind and whether choices are shuffled. */
    private static final Map<String, Spelling> NAMES = Map.ofEntries(
            Map.entry("SHORTANSWER", new Spelling(SHORT_ANSWER, false)), Map.entry("SA", new Spelling(SHORT_ANSWER, false)),
            Map.entry("MW", new Spelling(SHORT_ANSWER, false)),
            Map.entry("SHORTANSWER_C", new Spelling(SHORT_ANSWER_CASE, false)), Map.entry("SAC", new Spelling(SHORT_ANSWER_CASE, false)),
            Map.entry("MWC", new Spelling(SHORT_ANSWER_CASE, false)),
            Map.entry("NUMERICAL", new Spelling(NUMERICAL, false)), Map.entry("NM", new Spelling(NUMERICAL, false)),
            Map.entry("MULTICHOICE", new Spelling(DROPDOWN, false)), Map.entry("MC", new Spelling(DROPDOWN, false)),
            Map.entry("MULTICHOICE_S", new Spelling(DROPDOWN, true)), Map.entry("MCS", new Spelling(DROPDOWN, true)),
            Map.entry("MULTICHOICE_V", new Spelling(RADIO_VERTICAL, false)), Map.entry("MCV", new Spelling(RADIO_VERTICAL, false)),
            Map.entry("MULTICHOICE_VS", new Spelling(RADIO_VERTICAL, true)), Map.entry("MCVS", new Spelling(RADIO_VERTICAL, true)),
            Map.entry("MULTICHOICE_H", new Spelling(RADIO_HORIZONTAL, false)), Map.entry("MCH", new Spelling(RADIO_HORIZONTAL, false)),
            Map.entry("MULTICHOICE_HS", new Spelling(RADIO_HORIZONTAL, true)), Map.entry("MCHS", new Spelling(RADIO_HORIZONTAL, true)),
            Map.entry("MULTIRESPONSE", new Spelling(CHECKBOX_VERTICAL, false)), Map.entry("MR", new Spelling(CHECKBOX_VERTICAL, false)),
            Map.entry("MULTIRESPONSE_S", new Spelling(CHECKBOX_VERTICAL, true)), Map.entry("MRS", new Spelling(CHECKBOX_VERTICAL, true)),
            Map.entry("MULTIRESPONSE_H", new Spelling(CHECKBOX_HORIZONTAL, false)), Map.entry("MRH", new Spelling(CHECKBOX_HORIZONTAL, false)),
            Map.entry("MULTIRESPONSE_HS", new Spelling(CHECKBOX_HORIZONTAL, true)), Map.entry("MRHS", new Spelling(CHECKBOX_HORIZONTAL, true)));

    /** A kind as written in a question, with whether its choices are shuffled. */
    public record Spelling(GapKind kind, boolean shuffled) {
    }

    private final QuestionType answeredAs;

    GapKind(QuestionType answeredAs) {
        this.answeredAs = answeredAs;
    }

    /** The type of question a gap of this kind is graded as. */
    public QuestionType answeredAs() {
        return answeredAs;
    }

    public boolean offersChoices() {
        return answeredAs == QuestionType.SINGLE_CHOICE || answeredAs == QuestionType.MULTIPLE_RESPONSE;
    }

    public boolean typed() {
        return !offersChoices();
    }

    public static Optional<Spelling> named(String name) {
        return Optional.ofNullable(NAMES.get(name.toUpperCase(Locale.ROOT)));
    }
}
