package org.practica.mentoring.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a professional body needs from mentoring to certify someone: the supervised hours signed
 * off for them, per competency, in a period. The certificates module reads it through this port.
 */
public interface SupervisedPracticeRecord {

    /** Signed-off hours per competency for sessions of {@code person} as mentee held from {@code from} to {@code to}. */
    Map<String, BigDecimal> signedOffHours(String person, LocalDate from, LocalDate to);

    /**
     * All signed-off hours in the period, each session counted once (a session that addressed two
     * competencies counts for both in {@link #signedOffHours}, but only once here).
     */
    BigDecimal signedOffTotal(String person, LocalDate from, LocalDate to);
}
