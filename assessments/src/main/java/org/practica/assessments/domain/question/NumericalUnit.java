package org.practica.assessments.domain.question;

import java.math.BigDecimal;

/**
 * A unit a numerical answer may be given in. The multiplier converts the question's base unit to
 * this one: with metres as base (1), kilometres have 0.001, so "2 km" is read as 2000.
 */
public record NumericalUnit(String name, BigDecimal multiplier) {

    public NumericalUnit {
        name = name == null ? "" : name.strip();
        multiplier = Decimals.plain(multiplier);
    }
}
