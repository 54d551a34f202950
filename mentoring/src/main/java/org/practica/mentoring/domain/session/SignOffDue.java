package org.practica.mentoring.domain.session;

import java.time.Duration;
import java.time.Instant;

/**
 * A confirmed session its supervisor has not signed off. The supervisor hears of it once it has
 * waited three days, then once a week while it waits: the week number is part of the reminder's
 * once key, so each week is told once.
 */
public record SignOffDue(long sessionId, String supervisor, Instant confirmedAt) {

    public static final Duration FIRST = Duration.ofDays(3);
    public static final Duration EVERY = Duration.ofDays(7);

    public long daysWaiting(Instant now) {
        return Duration.between(confirmedAt, now).toDays();
    }

    /** 0 from the third day, 1 a week later, and so on. */
    public long week(Instant now) {
        return Duration.between(confirmedAt.plus(FIRST), now).toDays() / EVERY.toDays();
    }

    public String onceKey(Instant now) {
        return "signoff:" + sessionId + ":" + week(now);
    }
}
