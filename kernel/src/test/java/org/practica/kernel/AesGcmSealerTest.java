package org.practica.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AesGcmNoteSealerTest {

    private static final String NOTE = "Discussed the family visit; the child spoke about school.";

    @Test
    void aSealedNoteHidesItsTextAndOpensOnlyInItsOwnPlace() {
        AesGcmSealer sealer = AesGcmSealer.parse(AesGcmSealer.newKey("k1"));
        String sealed = sealer.seal(NOTE, "s1/notes");
        assertTrue(sealed.startsWith("gcm1:k1:"), sealed);
        assertFalse(sealed.contains("family"));
        assertNotEquals(sealed, sealer.seal(NOTE, "s1/notes"), "a fresh nonce each time");
        assertEquals(NOTE, sealer.open(sealed, "s1/notes"));
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "s2/notes"), "moved to another session");
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "s1/reflection"), "moved to another field");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> sealer.open(tampered, "s1/notes"));
    }

    @Test
    void aNewKeySealsWhileOldNotesStillOpen() {
        String oldKey = AesGcmSealer.newKey("2025");
        String old = AesGcmSealer.parse(oldKey).seal(NOTE, "s1/notes");
        AesGcmSealer rotated = AesGcmSealer.parse(AesGcmSealer.newKey("2026") + "," + oldKey);
        assertEquals("2026", rotated.currentKeyId());
        assertEquals(NOTE, rotated.open(old, "s1/notes"));
        assertTrue(rotated.seal(NOTE, "s1/notes").startsWith("gcm1:2026:"));
        IllegalStateException lost = assertThrows(IllegalStateException.class,
                () -> AesGcmSealer.parse(AesGcmSealer.newKey("2026")).open(old, "s1/notes"));
        assertFalse(lost.getMessage().contains("family"), "a failure never shows the note");
        assertThrows(IllegalArgumentException.class, () -> AesGcmSealer.parse("k1:c2hvcnQ="), "a short key is refused");
    }
}
