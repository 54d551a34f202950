package org.practica.server.identity.domain;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LockoutPolicy(int threshold, Duration lockDuration) {

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lock duration must be positive");
        }
    }
}
