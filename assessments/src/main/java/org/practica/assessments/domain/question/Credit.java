package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a question's mark that an answer earns, from -1 (a wrong pick costs the whole mark)
 * to 1 (full credit). Kept exact, to seven decimals as Moodle does, so that 33.33333 % written by
 * Moodle reads back unchanged.
 */
public record Credit(BigDecimal value) implements Comparable<Credit> {

    public static final int SCALE = 7;
    public static final Credit FULL = new Credit(BigDecimal.ONE);
    public static final Credit NONE = new Credit(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Credit {
        if (value == null) {
            throw new InvalidInput("fraction", "validation.required");
        }
        if (value.compareTo(BigDecimal.ONE) > 0 || value.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new InvalidInput("fraction", "question.credit.range", value.multiply(HUNDRED).stripTrailingZeros().toPlainString());
        }
        value = normal(value.setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** From a percentage such as 50, -33.33333 or 100. */
    public static Credit ofPercent(BigDecimal percent) {
        if (percent.abs().compareTo(HUNDRED) > 0) {
            throw new InvalidInput("fraction", "question.credit.range", percent.stripTrailingZeros().toPlainString());
        }
        return new Credit(percent.divide(HUNDRED, SCALE, RoundingMode.HALF_EVEN));
    }

    public static Credit of(double fraction) {
        return new Credit(BigDecimal.valueOf(fraction));
    }

    public BigDecimal percent() {
        return normal(value.multiply(HUNDRED));
    }

    public boolean full() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    public boolean positive() {
        return value.signum() > 0;
    }

    public boolean negative() {
        return value.signum() < 0;
    }

    @Override
    public int compareTo(Credit o) {
        return value.compareTo(o.value);
    }

    private static BigDecimal normal(BigDecimal v) {
        return Decimals.plain(v);
    }

    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }
}
