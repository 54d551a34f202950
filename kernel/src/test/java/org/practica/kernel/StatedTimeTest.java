package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatedTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Instant ENROLLED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aTimeWithinWhatTheServerKnowsIsKept() {
        assertEquals(Instant.parse("2026-12-03T09:15:00Z"), StatedTime.of("doneAt", "2026-12-03T09:15:00Z", ENROLLED, NOW));
    }

    @Test
    void noTimeMeansNow() {
        assertEquals(NOW, StatedTime.of("doneAt", null, ENROLLED, NOW));
        assertEquals(NOW, StatedTime.of("doneAt", " ", ENROLLED, NOW));
    }

    @Test
    void aClockALittleOffIsBroughtWithinBounds() {
        assertEquals(NOW, StatedTime.of("doneAt", "2026-12-04T12:03:00Z", ENROLLED, NOW), "a little ahead: now");
        assertEquals(ENROLLED, StatedTime.of("doneAt", "2026-12-01T07:57:00Z", ENROLLED, NOW), "a little before the start: the start");
    }

    @Test
    void aTimeOutOfBoundsIsRefusedAtItsField() {
        InvalidInput future = assertThrows(InvalidInput.class, () -> StatedTime.of("doneAt", "2026-12-04T12:06:00Z", ENROLLED, NOW));
        assertEquals("doneAt", future.field());
        assertEquals("offline.time.future", future.messageKey());
        InvalidInput early = assertThrows(InvalidInput.class, () -> StatedTime.of("answeredAt", "2026-11-30T08:00:00Z", ENROLLED, NOW));
        assertEquals("answeredAt", early.field());
        assertEquals("offline.time.tooEarly", early.messageKey());
        InvalidInput garbled = assertThrows(InvalidInput.class, () -> StatedTime.of("doneAt", "yesterday", ENROLLED, NOW));
        assertEquals("validation.dateTime", garbled.messageKey());
    }
}
