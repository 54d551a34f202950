package org.practica.mentoring.domain.session;

import org.practica.kernel.InvalidInput;

import java.time.Duration;

/** How long a supervision session lasted: from 5 minutes to 12 hours, in whole minutes. */
public record SessionLength(int minutes) {

    public static final int SHORTEST = 5;
    public static final int LONGEST = 12 * 60;

    public SessionLength {
        if (minutes < SHORTEST || minutes > LONGEST) {
            throw new InvalidInput("minutes", "session.length.range", SHORTEST, LONGEST);
        }
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }
}
