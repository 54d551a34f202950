package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonKeySealerTest {

    private final MemoryDataKeys keys = new MemoryDataKeys();
    private final String installationKey = AesGcmSealer.newKey("k1");
    private final AesGcmSealer installation = AesGcmSealer.parse(installationKey);
    private final PersonKeySealer sealer = new PersonKeySealer(installation, keys);

    @Test
    void aTextSealedForItsOwnersOpensOnlyInItsContext() {
        String sealed = sealer.sealFor(List.of("mentee"), "r1", "what I learned", "s1/reflection");
        assertTrue(sealed.startsWith("pk1:"), sealed);
        assertEquals("what I learned", sealer.open(sealed, "s1/reflection"));
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "s2/reflection"));
        assertEquals(sealed.split(":")[1], keys.current("mentee", "r1").orElseThrow(), "one key per person, made when first needed");
    }

    @Test
    void erasingAnyOwnerShredsTheirTextsAndLeavesOthersReadable() {
        String note = sealer.sealFor(List.of("mentee", "supervisor"), "r1", "observed practice", "s1/notes");
        String reflection = sealer.sealFor(List.of("mentee"), "r1", "mine", "s1/reflection");
        String other = sealer.sealFor(List.of("supervisor"), "r1", "another mentee's", "s2/reflection");
        assertEquals("observed practice", sealer.open(note, "s1/notes"));

        assertEquals(1, sealer.forget("mentee"));

        assertThrows(PersonKeySealer.ShreddedText.class, () -> sealer.open(note, "s1/notes"));
        assertThrows(PersonKeySealer.ShreddedText.class, () -> sealer.open(reflection, "s1/reflection"));
        // even a server that never opened them before, holding the installation key, cannot
        PersonKeySealer fresh = new PersonKeySealer(installation, keys);
        assertThrows(PersonKeySealer.ShreddedText.class, () -> fresh.open(note, "s1/notes"));
        assertEquals("another mentee's", fresh.open(other, "s2/reflection"));
    }

    @Test
    void keysAreReWrappedWhenANewInstallationKeyTakesOverSoTheOldOneCanBeRetired() {
        String sealed = sealer.sealFor(List.of("mentee"), "r1", "before rotation", "s1/reflection");
        String k2 = AesGcmSealer.newKey("k2");
        AesGcmSealer both = AesGcmSealer.parse(k2 + "," + installationKey);
        assertEquals(1, new PersonKeySealer(both, keys).rewrapAll());
        assertEquals(Map.of(), keys.wrappedOtherThan("k2", 10));

        PersonKeySealer newOnly = new PersonKeySealer(AesGcmSealer.parse(k2), keys);
        assertEquals("before rotation", newOnly.open(sealed, "s1/reflection"));
    }

    @Test
    void shreddingAScopeLeavesThePersonsOtherTextsReadable() {
        String ended = sealer.sealFor(List.of("mentee", "supervisor"), "relationship:1", "old notes", "s1/notes");
        String current = sealer.sealFor(List.of("mentee", "supervisor"), "relationship:2", "new notes", "s2/notes");
        assertEquals(2, sealer.forgetScopes(List.of("relationship:1")), "the mentee's and the supervisor's key of that relationship");
        assertThrows(PersonKeySealer.ShreddedText.class, () -> sealer.open(ended, "s1/notes"));
        assertEquals("new notes", sealer.open(current, "s2/notes"));
    }

    @Test
    void textsSealedWithTheInstallationKeyBeforeDataKeysStillOpen() {
        String old = installation.seal("old note", "s1/notes");
        assertEquals("old note", sealer.open(old, "s1/notes"));
    }
}
