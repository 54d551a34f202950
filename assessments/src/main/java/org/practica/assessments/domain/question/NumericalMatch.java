package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as learners type it (a decimal comma is fine, a unit may follow) and finds the
 * first answer it falls within. Arithmetic is exact, so a response on the very edge of the
 * tolerance counts as inside it, as the trainer meant.
 */
final class NumericalMatch {

    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("^\\s*([-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*$");

    private NumericalMatch() {
    }

    static boolean isAnyOther(Answer answer) {
        return "*".equals(answer.text().text());
    }

    /** A number written in an answer or response; a decimal comma is read as a point. */
    static BigDecimal number(String field, String text) {
        Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text);
        if (!m.matches() || !m.group(2).isEmpty()) {
            throw new InvalidInput(field, "question.numerical.notNumber", text);
        }
        return parse(m.group(1));
    }

    private static BigDecimal parse(String digits) {
        return new BigDecimal(digits.replace(',', '.').replaceFirst("^\\+", "").replaceFirst("^([-]?)\\.", "$10."));
    }

    /** Whether a response is a number, with or without a unit after it. */
    static boolean startsWithNumber(String response) {
        return response != null && NUMBER_AND_UNIT.matcher(response).matches();
    }

    static Optional<Answer> firstMatching(QuestionDefinition q, String response) {
        Optional<BigDecimal> value = read(q, response);
        return q.answers().stream().filter(a -> isAnyOther(a) || value.map(v -> within(a, v)).orElse(false)).findFirst();
    }

    private static boolean within(Answer a, BigDecimal value) {
        BigDecimal expected = parse(a.text().text());
        BigDecimal tolerance = a.tolerance() == null ? BigDecimal.ZERO : a.tolerance();
        return value.subtract(expected).abs().compareTo(tolerance) <= 0;
    }

    /** The response in the question's base unit, or empty when it is not a number in a known unit. */
    static Optional<BigDecimal> read(QuestionDefinition q, String response) {
        Matcher m = NUMBER_AND_UNIT.matcher(response == null ? "" : response);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = parse(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return Optional.of(number);
        }
        return q.options().units().stream()
                .filter(u -> u.name().equals(unit)).findFirst()
                .or(() -> q.options().units().stream().filter(u -> u.name().equalsIgnoreCase(unit)).findFirst())
                .filter(u -> u.multiplier().signum() != 0)
                .map(u -> number.divide(u.multiplier(), MathContext.DECIMAL128));
    }
}
