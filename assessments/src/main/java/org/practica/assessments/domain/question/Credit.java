package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

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
    /** The grades Moodle offers for an answer, as fractions; their negatives are offered too. */
    private static final List<BigDecimal> MOODLE_GRADES = Stream.of("1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667",
            "0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1", "0.05", "0")
            .map(BigDecimal::new).toList();
    /** Moodle's own slack when it matches an imported grade to its list. */
    private static final BigDecimal MOODLE_SLACK = new BigDecimal("0.00001");

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

    /**
     * Whether Moodle would accept this credit on an answer: its importers refuse any other, so
     * 33 % is refused where 33.33333 % is one third.
     */
    public boolean onMoodleList() {
        BigDecimal size = value.abs();
        return MOODLE_GRADES.stream().anyMatch(g -> g.subtract(size).abs().compareTo(MOODLE_SLACK) < 0);
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
