package org.practica.assessments.domain.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settings of a question beyond its answers: its default mark, whether short answers compare case,
 * whether a quiz may shuffle its answers, and the units a number may be given in.
 */
public record QuestionOptions(BigDecimal defaultMark, boolean caseSensitive, boolean shuffleAnswers,
                              List<NumericalUnit> units) {

    public QuestionOptions {
        defaultMark = defaultMark == null ? BigDecimal.ONE : Decimals.plain(defaultMark);
        if (defaultMark.signum() < 0) {
            defaultMark = BigDecimal.ZERO;
        }
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static QuestionOptions defaults(QuestionType type) {
        boolean offersChoices = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE
                || type == QuestionType.MATCHING;
        return new QuestionOptions(type == QuestionType.DESCRIPTION ? BigDecimal.ZERO : BigDecimal.ONE, false, offersChoices, List.of());
    }

    public QuestionOptions withCaseSensitive(boolean value) {
        return new QuestionOptions(defaultMark, value, shuffleAnswers, units);
    }
}
