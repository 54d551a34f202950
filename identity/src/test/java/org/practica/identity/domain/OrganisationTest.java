package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void nameCountryAndKindAreRefusedTogether() {
        InvalidInput all = assertThrows(InvalidInput.class, () -> new Organisation(" ", "Atlantis", null, NOW));
        assertEquals(List.of("name", "country", "kind"), all.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void aRefusedDescriptionChangesNothing() {
        Organisation o = new Organisation("Mahalla support centre", "uz", OrganisationKind.NGO, NOW);
        assertThrows(InvalidInput.class, () -> o.describe("A new name", "Atlantis", OrganisationKind.NGO));
        assertEquals("Mahalla support centre", o.name());
        assertEquals("UZ", o.country());
    }

    @Test
    void supportIsOfferedPerLanguageAndTakenAwayWhenAllIsBlank() {
        Organisation o = new Organisation("Mahalla support centre", "uz", OrganisationKind.NGO, NOW);
        assertTrue(o.supportResources().isEmpty());
        o.offerSupport(java.util.Map.of("en", "Call 1303", "ru", " "));
        assertEquals("Call 1303", o.supportResources().orElseThrow().in("ru"), "a reader of another language gets a version there is");
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> o.offerSupport(java.util.Map.of("en", "x".repeat(Organisation.SUPPORT_MAX + 1))));
        assertEquals("supportResources.en", tooLong.field());
        o.offerSupport(java.util.Map.of("en", " "));
        assertTrue(o.supportResources().isEmpty());
    }
}
