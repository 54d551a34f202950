package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthlyMeasuresTest {

    @Test
    void addsPerMonthAndReadsASliceFromItsFirstMonth() {
        MonthlyMeasures kept = MonthlyMeasures.of(null)
                .plus(3, 1, 0, null)
                .plus(3, 1, 1, new BigDecimal("1.5"))
                .plus(70, 0, 0, new BigDecimal("0.25"));
        byte[] all = kept.bytes();
        assertEquals(71 * MonthlyMeasures.WIDTH, all.length, "the bytes end at the latest month");
        assertEquals(2, MonthlyMeasures.enrolments(all, 3));
        assertEquals(1, MonthlyMeasures.completed(all, 3));
        assertEquals(150, MonthlyMeasures.hundredths(all, 3));
        assertEquals(0, MonthlyMeasures.enrolments(all, 4));
        byte[] slice = Arrays.copyOfRange(all, 70 * MonthlyMeasures.WIDTH, all.length);
        assertEquals(25, MonthlyMeasures.hundredths(slice, 0));
        assertEquals(0, MonthlyMeasures.hundredths(slice, 5), "beyond the end reads as nothing");
    }

    @Test
    void ignoresMonthsOutsideTheWindowAndSaturatesInsteadOfWrapping() {
        MonthlyMeasures kept = MonthlyMeasures.of(new byte[0]).plus(-1, 1, 0, null).plus(MonthWindow.MONTHS, 1, 0, null);
        assertEquals(0, kept.bytes().length);
        MonthlyMeasures many = MonthlyMeasures.of(null).plus(0, 70_000, 0, null);
        assertEquals(0xFFFF, MonthlyMeasures.enrolments(many.bytes(), 0));
    }

    @Test
    void readsWhatTheMigrationWrites() {
        // V46 writes each month as hex: 4 digits of enrolments, 4 of completed, 8 of hundredths
        byte[] written = java.util.HexFormat.of().parseHex("0000000000000000" + "000200010000012c");
        assertEquals(2, MonthlyMeasures.enrolments(written, 1));
        assertEquals(1, MonthlyMeasures.completed(written, 1));
        assertEquals(300, MonthlyMeasures.hundredths(written, 1));
    }
}
