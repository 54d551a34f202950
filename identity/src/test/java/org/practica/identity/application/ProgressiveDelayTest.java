package org.practica.identity.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProgressiveDelayTest {

    private final ProgressiveDelay delay = ProgressiveDelay.STANDARD;

    @Test
    void theFirstMistakesCostNothing() {
        assertEquals(Duration.ZERO, delay.after(0));
        assertEquals(Duration.ZERO, delay.after(3));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(1), delay.after(4));
        assertEquals(Duration.ofSeconds(2), delay.after(5));
        assertEquals(Duration.ofSeconds(32), delay.after(9));
        assertEquals(Duration.ofSeconds(60), delay.after(10));
        assertEquals(Duration.ofSeconds(60), delay.after(1_000_000), "no overflow, never a lock");
    }

    @Test
    void aCeilingBelowTheFirstWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressiveDelay(3, Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
