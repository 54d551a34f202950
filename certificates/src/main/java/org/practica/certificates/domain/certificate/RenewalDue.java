package org.practica.certificates.domain.certificate;

import org.practica.kernel.MultilingualText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A certificate in force whose end is near and that no renewal has replaced yet. Its holder is
 * reminded when the renewal window opens (90 days before), then 30 and 7 days before: the
 * {@link #step} says which of those applies today, and is part of the reminder's once key.
 */
public record RenewalDue(long certificateId, String holder, String serial, MultilingualText title, LocalDate validUntil) {

    /** How far ahead the first reminder goes. */
    public static final int WINDOW_DAYS = 90;
    private static final int[] STEPS = {7, 30, WINDOW_DAYS};

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil);
    }

    /** The nearest of 7, 30 and 90 days that the days left are within; a late first look tells only that one. */
    public int step(LocalDate today) {
        long left = daysLeft(today);
        for (int step : STEPS) {
            if (left <= step) {
                return step;
            }
        }
        throw new IllegalStateException("not yet due: " + certificateId);
    }

    public String onceKey(LocalDate today) {
        return "renewal:" + certificateId + ":" + step(today);
    }
}
