package org.practica.identity.application;

import java.time.Duration;

/**
 * How long sign-in waits after wrong passwords in a row, for one username or one address: the
 * first few are free (people mistype), then each further one doubles the wait up to a ceiling.
 * Unlike a lock it never shuts the owner out for long, and it costs a guesser the same whether
 * or not the name exists.
 */
public record ProgressiveDelay(int freeFailures, Duration first, Duration ceiling) {

    public static final ProgressiveDelay STANDARD = new ProgressiveDelay(3, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public ProgressiveDelay {
        if (freeFailures < 0 || first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("free failures >= 0 and 0 < first <= ceiling");
        }
    }

    /** The wait before the next attempt after {@code failures} wrong passwords in a row. */
    public Duration after(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 30) {
            return ceiling;
        }
        Duration wait = first.multipliedBy(1L << (beyond - 1));
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }
}
