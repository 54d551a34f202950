package org.practica.monitoring.domain;

import java.time.YearMonth;

/**
 * The months the people tallies hold, as bit positions: month 0 is January 2024 (before any
 * Practica installation counted anything), and two words of 63 bits per event (a signed 64-bit
 * column, kept positive) hold 126 months, to June 2034. A period reaching outside them is counted
 * from the events themselves instead.
 */
public final class MonthWindow {

    public static final YearMonth FIRST = YearMonth.of(2024, 1);
    public static final int MONTHS = 126;
    public static final int BITS = 63;

    private MonthWindow() {
    }

    /** The month's bit position, or -1 outside the window. */
    public static int index(int yyyymm) {
        int i = (yyyymm / 100 - FIRST.getYear()) * 12 + yyyymm % 100 - FIRST.getMonthValue();
        return i >= 0 && i < MONTHS ? i : -1;
    }

    public static boolean covers(YearMonth from, YearMonth to) {
        return !from.isBefore(FIRST) && to.isBefore(FIRST.plusMonths(MONTHS));
    }

    /** The bits of months {@code from..to} (positions) falling in word {@code word} (0: months 0–62, 1: 63–125). */
    public static long mask(int from, int to, int word) {
        long mask = 0;
        for (int i = Math.max(from, word * BITS); i <= Math.min(to, word * BITS + BITS - 1); i++) {
            mask |= 1L << (i - word * BITS);
        }
        return mask;
    }
}
