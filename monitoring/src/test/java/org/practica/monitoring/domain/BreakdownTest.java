package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small counts hidden, and nothing hidden that a subtraction would give back. */
class BreakdownTest {

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsOfOneToFourAreHiddenZeroAndFiveAndMoreAreShown() {
        Breakdown b = Breakdown.of(counts("KZ-ALA", 12, "KZ-AST", 3, "KZ-SHY", 0, "KZ-KAR", 4, "KZ-PAV", 5));
        assertEquals(OptionalLong.of(12), b.cells().get("KZ-ALA").visible());
        assertTrue(b.cells().get("KZ-AST").suppressed());
        assertEquals(OptionalLong.of(0), b.cells().get("KZ-SHY").visible());
        assertTrue(b.cells().get("KZ-KAR").suppressed());
        assertEquals(OptionalLong.of(5), b.cells().get("KZ-PAV").visible());
        // two hidden: the total (24) less what is shown (17) gives only their sum, 7
        assertEquals(OptionalLong.of(24), b.total().visible());
    }

    @Test
    void oneHiddenCountIsNotLeftToBeWorkedOutFromTheTotal() {
        // women 3, men 40: shown as "<5" and 40 with a total of 43, the 3 would be 43 - 40
        Breakdown b = Breakdown.of(counts("F", 3, "M", 40, "X", 9));
        assertTrue(b.cells().get("F").suppressed());
        assertTrue(b.cells().get("X").suppressed(), "the next smallest count is hidden with it");
        assertEquals(OptionalLong.of(40), b.cells().get("M").visible());
        assertEquals(OptionalLong.of(52), b.total().visible());
        long shownSum = b.cells().values().stream().mapToLong(c -> c.visible().orElse(0)).sum();
        assertEquals(12, b.total().count() - shownSum, "a subtraction yields only the hidden cells together");
    }

    @Test
    void whereNoOtherCountCanBeHiddenTheTotalIs() {
        Breakdown b = Breakdown.of(counts("F", 2, "M", 0));
        assertTrue(b.cells().get("F").suppressed());
        assertTrue(b.total().suppressed(), "2 + 0: the total would say the 2");
        Breakdown zeroElsewhere = Breakdown.of(counts("F", 4, "M", 0, "X", 0, "Y", 3));
        assertFalse(zeroElsewhere.total().suppressed(), "two hidden counts keep each other safe: " + zeroElsewhere);
    }

    @Test
    void aSmallTotalHidesEverything() {
        Breakdown b = Breakdown.of(counts("F", 1, "M", 2));
        assertTrue(b.total().suppressed());
        assertTrue(b.cells().values().stream().allMatch(Cell::suppressed));
        assertThrows(IllegalArgumentException.class, () -> Breakdown.of(counts("F", -1)));
    }

    /** Every hidden cell, over many breakdowns: the shown cells and total never pin one down. */
    @Test
    void noBreakdownLeavesASingleHiddenCountNextToAShownTotal() {
        java.util.Random random = new java.util.Random(21);
        for (int round = 0; round < 2000; round++) {
            Map<String, Long> m = new LinkedHashMap<>();
            int categories = 1 + random.nextInt(6);
            for (int i = 0; i < categories; i++) {
                m.put("c" + i, (long) random.nextInt(random.nextBoolean() ? 6 : 30));
            }
            Breakdown b = Breakdown.of(m);
            long hiddenNonZero = b.cells().values().stream().filter(c -> c.suppressed() && c.count() > 0).count();
            assertFalse(!b.total().suppressed() && hiddenNonZero == 1, "derivable by subtraction: " + m + " -> " + b);
            b.cells().values().forEach(c -> assertFalse(!c.suppressed() && c.count() > 0 && c.count() < 5, m.toString()));
        }
    }

    @Test
    void aCountStandingAloneIsHiddenFromOneToFour() {
        assertTrue(Cell.of(4).isSuppressed());
        assertEquals(null, Cell.of(4).getValue());
        assertEquals(Long.valueOf(0), Cell.of(0).getValue());
        assertEquals(Long.valueOf(5), Cell.of(5).getValue());
    }
}
