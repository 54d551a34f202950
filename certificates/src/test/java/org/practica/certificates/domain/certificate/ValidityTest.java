package org.practica.certificates.domain.certificate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidityTest {

    @Test
    void aCertificateIsValidForItsMonthsBothEndsIncluded() {
        Validity v = Validity.starting(LocalDate.parse("2026-03-15"), 36);
        assertEquals(LocalDate.parse("2029-03-14"), v.until());
        assertFalse(v.expiredOn(LocalDate.parse("2029-03-14")), "valid on its last day");
        assertTrue(v.expiredOn(LocalDate.parse("2029-03-15")));
        assertEquals(LocalDate.parse("2026-01-30"), Validity.starting(LocalDate.parse("2025-12-31"), 1).until(),
                "a month from 31 December ends on 30 January");
        assertEquals(LocalDate.parse("2029-02-27"), Validity.starting(LocalDate.parse("2028-02-29"), 12).until(),
                "a year from a leap day ends the day before 28 February");
    }

    @Test
    void aRenewalContinuesWithoutAGapOrAnOverlap() {
        Validity current = Validity.starting(LocalDate.parse("2026-03-15"), 36);
        Validity early = Validity.renewing(current, LocalDate.parse("2029-01-10"), 36);
        assertEquals(LocalDate.parse("2029-03-15"), early.from(), "renewed early: starts the day after the old one ends");
        assertEquals(LocalDate.parse("2032-03-14"), early.until());
        Validity onTheDay = Validity.renewing(current, LocalDate.parse("2029-03-15"), 36);
        assertEquals(LocalDate.parse("2029-03-15"), onTheDay.from());
        Validity late = Validity.renewing(current, LocalDate.parse("2029-04-20"), 36);
        assertEquals(LocalDate.parse("2029-04-20"), late.from(), "renewed in the grace period: starts that day");
        assertEquals(LocalDate.parse("2032-04-19"), late.until());
    }
}
