package org.practica.certificates.domain.eligibility;

import org.practica.certificates.domain.programme.Requirement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One requirement checked for one person: met or not, with its evidence: when a course was
 * completed or a quiz passed, the score or hours there are against those needed.
 */
public record RequirementCheck(Requirement requirement, boolean met, BigDecimal have, BigDecimal need, Instant at) {

    /** Progress from 0 to 100, for a progress bar. */
    public int percent() {
        if (met) {
            return 100;
        }
        if (have == null || need == null || need.signum() == 0) {
            return 0;
        }
        return Math.min(99, have.multiply(BigDecimal.valueOf(100)).divide(need, 0, java.math.RoundingMode.DOWN).intValue());
    }
}
