package org.practica.assessments.domain.question;

/**
 * How Moodle treats units in a numerical answer: what a wrong or missing unit costs (a share of
 * the mark), whether that share is of the response's or the question's mark (0 or 1), how units
 * are asked for (0 typed, 1 chosen from a list, 2 drop-down, 3 not shown) and whether the unit
 * goes before the number. Kept and exported; Practica grades units by their multipliers.
 */
public record UnitHandling(java.math.BigDecimal penalty, int gradingType, int showUnits, boolean unitsLeft) {

    public UnitHandling {
        penalty = penalty == null ? new java.math.BigDecimal("0.1") : Decimals.plain(penalty);
    }

    public static UnitHandling defaults() {
        return new UnitHandling(new java.math.BigDecimal("0.1"), 0, 3, false);
    }
}
