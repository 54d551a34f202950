package org.practica.assessments.domain.question;

import java.math.BigDecimal;

/** One written form per value, so that 100, 100.0 and 1E+2 are equal after a trip through a file. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
