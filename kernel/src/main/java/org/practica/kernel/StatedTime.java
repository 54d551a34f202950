package org.practica.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When a learner's device says something happened: a lesson marked done or an answer given while
 * the line was down and sent later. The server keeps that time rather than the time it heard of
 * it, but only within what it knows: never before {@code earliest} (the enrolment, the start of
 * the attempt) and never after its own clock, give or take {@link #SKEW} for a device clock that
 * runs a little fast. Without a stated time the server's own is used, as before.
 */
public final class StatedTime {

    /** How far ahead of the server a device's clock may run before its times are refused. */
    public static final Duration SKEW = Duration.ofMinutes(5);

    private StatedTime() {
    }

    /**
     * The time to keep for an action the device stamped {@code stated} (ISO-8601, may be null).
     * A time a little ahead of the server is taken as the server's now.
     */
    public static Instant of(String field, String stated, Instant earliest, Instant now) {
        if (stated == null || stated.isBlank()) {
            return now;
        }
        Instant at;
        try {
            at = Instant.parse(stated.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.dateTime", stated);
        }
        if (at.isAfter(now.plus(SKEW))) {
            throw new InvalidInput(field, "offline.time.future");
        }
        if (earliest != null && at.isBefore(earliest.minus(SKEW))) {
            throw new InvalidInput(field, "offline.time.tooEarly");
        }
        if (at.isAfter(now)) {
            return now;
        }
        return earliest != null && at.isBefore(earliest) ? earliest : at;
    }
}
