package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeZoneChoiceTest {

    @Test
    void placesAndUtcAreOfferedAliasesAndOffsetsAreNot() {
        assertTrue(TimeZoneChoice.isOffered("Asia/Almaty"));
        assertTrue(TimeZoneChoice.isOffered("America/Argentina/Buenos_Aires"));
        assertTrue(TimeZoneChoice.isOffered("UTC"));
        assertFalse(TimeZoneChoice.isOffered("Etc/GMT+5"));
        assertFalse(TimeZoneChoice.isOffered("SystemV/EST5"));
        assertFalse(TimeZoneChoice.isOffered(null));
        assertEquals(TimeZoneChoice.offered().stream().sorted().toList(), TimeZoneChoice.offered(), "listed in order");
    }

    @Test
    void anUnknownZoneIsRefusedForItsField() {
        assertEquals(ZoneId.of("Europe/Berlin"), TimeZoneChoice.of("timeZone", "Europe/Berlin"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> TimeZoneChoice.of("timeZone", "Mars/Olympus_Mons"));
        assertEquals("timeZone", refused.field());
    }
}
