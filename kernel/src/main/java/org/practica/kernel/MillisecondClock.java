package org.practica.kernel;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock application services take "now" from: UTC, to the millisecond, as the database keeps
 * times (TIMESTAMP(3)), so that what a reply shows is what a later read returns.
 */
public final class MillisecondClock {

    private static final Clock UTC = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    private MillisecondClock() {
    }

    public static Clock utc() {
        return UTC;
    }
}
