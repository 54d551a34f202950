package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthWindowTest {

    @Test
    void numbersTheMonthsFromJanuary2024AndNoneOutside() {
        assertEquals(0, MonthWindow.index(202401));
        assertEquals(35, MonthWindow.index(202612));
        assertEquals(125, MonthWindow.index(203406));
        assertEquals(-1, MonthWindow.index(202312));
        assertEquals(-1, MonthWindow.index(203407));
        assertTrue(MonthWindow.covers(YearMonth.of(2024, 1), YearMonth.of(2034, 6)));
        assertFalse(MonthWindow.covers(YearMonth.of(2023, 12), YearMonth.of(2026, 1)));
    }

    @Test
    void aPeriodsMaskSplitsAcrossTheTwoWordsAndStaysPositive() {
        // months 60..65: bits 60, 61, 62 of the first word, 0, 1, 2 of the second
        assertEquals(0b111L << 60, MonthWindow.mask(60, 65, 0));
        assertEquals(0b111L, MonthWindow.mask(60, 65, 1));
        assertEquals(Long.MAX_VALUE, MonthWindow.mask(0, 125, 0));
        assertEquals(Long.MAX_VALUE, MonthWindow.mask(0, 125, 1));
        assertEquals(0, MonthWindow.mask(0, 62, 1));
        assertEquals(1L << 35, MonthWindow.mask(35, 35, 0));
    }
}
