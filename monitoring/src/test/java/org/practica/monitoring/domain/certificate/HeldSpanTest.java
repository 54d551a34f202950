package org.practica.monitoring.domain.certificate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People holding a valid certificate, against a count by hand of a small made-up register. */
class HeldSpanTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

    @Test
    void heldFromItsFirstDayToItsLastUntilTheDayItWasRevoked() {
        HeldSpan span = new HeldSpan(1, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 1));
        assertFalse(span.heldOn(LocalDate.of(2026, 1, 14)));
        assertTrue(span.heldOn(LocalDate.of(2026, 1, 15)), "the first day counts");
        assertTrue(span.heldOn(FEB_28), "the day before revocation still counts");
        assertFalse(span.heldOn(LocalDate.of(2026, 3, 1)), "not from the day it was revoked");
        assertTrue(new HeldSpan(1, JAN_31, MAR_31, null).heldOn(MAR_31), "the last day counts");
        assertFalse(new HeldSpan(1, JAN_31, FEB_28, null).heldOn(MAR_31), "expired");
    }

    @Test
    void eachMonthsEndCountsEachHolderOnce() {
        List<HeldSpan> register = List.of(
                new HeldSpan(1, LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 9), null),      // held all three month ends
                new HeldSpan(1, LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31), null),      // the same person's second: still one
                new HeldSpan(2, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), null),      // expires at February's end, after it
                new HeldSpan(3, LocalDate.of(2026, 1, 5), LocalDate.of(2028, 1, 4), LocalDate.of(2026, 2, 10)),  // revoked in February
                new HeldSpan(4, LocalDate.of(2026, 3, 31), LocalDate.of(2028, 3, 30), null),     // from March's last day
                new HeldSpan(5, LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31), LocalDate.of(2026, 2, 1)));  // revoked on issue
        // by hand: Jan 31: 1, 2, 3; Feb 28: 1, 2; Mar 31: 1, 4
        assertArrayEquals(new long[]{3, 2, 2}, HeldSpan.holders(register, List.of(JAN_31, FEB_28, MAR_31)));
        assertArrayEquals(new long[0], HeldSpan.holders(register, List.of()));
    }
}
