package org.practica.monitoring.domain;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A person's sums per month of the {@link MonthWindow}, packed in a few bytes so a dashboard reads
 * them with the person's summary row instead of summing their events: the enrolments they made
 * that month, how many of those they have completed since, and the supervised hours signed off
 * (in hundredths). Eight bytes a month, big-endian: two for enrolments, two for completed, four for
 * hundredths of hours. A shorter array reads as zero beyond its end, so a person's bytes stop at
 * their latest month, and a period's slice can be read on its own.
 */
public final class MonthlyMeasures {

    public static final int WIDTH = 8;

    private final byte[] bytes;

    private MonthlyMeasures(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The measures kept, from month 0 of the window (a null or empty array: none yet). */
    public static MonthlyMeasures of(byte[] bytes) {
        return new MonthlyMeasures(bytes == null ? new byte[0] : bytes.clone());
    }

    /** These measures with some added to a month (its position in the window). */
    public MonthlyMeasures plus(int month, int enrolments, int completed, BigDecimal hours) {
        if (month < 0 || month >= MonthWindow.MONTHS) {
            return this;
        }
        byte[] next = Arrays.copyOf(bytes, Math.max(bytes.length, (month + 1) * WIDTH));
        int at = month * WIDTH;
        put(next, at, 2, Math.min(0xFFFF, read(next, at, 2) + enrolments));
        put(next, at + 2, 2, Math.min(0xFFFF, read(next, at + 2, 2) + completed));
        long hundredths = hours == null ? 0 : hours.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        put(next, at + 4, 4, Math.min(0xFFFF_FFFFL, read(next, at + 4, 4) + hundredths));
        return new MonthlyMeasures(next);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Enrolments made in the {@code i}-th month of a slice starting at its first month. */
    public static int enrolments(byte[] slice, int i) {
        return (int) read(slice, i * WIDTH, 2);
    }

    /** Of those enrolments, how many were completed since. */
    public static int completed(byte[] slice, int i) {
        return (int) read(slice, i * WIDTH + 2, 2);
    }

    /** Supervised hours signed off in the month, in hundredths. */
    public static long hundredths(byte[] slice, int i) {
        return read(slice, i * WIDTH + 4, 4);
    }

    private static long read(byte[] bytes, int at, int length) {
        if (bytes == null || at + length > bytes.length) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    private static void put(byte[] bytes, int at, int length, long value) {
        for (int i = length - 1; i >= 0; i--) {
            bytes[at + i] = (byte) value;
            value >>>= 8;
        }
    }
}
