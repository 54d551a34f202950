package org.practica.monitoring.domain.profile;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFactsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void keepsWhatWasGivenAndLeavesTheRestUngiven() {
        ProfileFacts facts = new ProfileFacts(7);
        facts.state(new ProfileFacts.Statement("female", "", "kz-75", "PSYCHOLOGIST", null, true), NOW);
        assertEquals(Sex.FEMALE, facts.sex().orElseThrow());
        assertTrue(facts.ageBand().isEmpty());
        assertEquals("KZ-75", facts.region().orElseThrow().code());
        assertEquals("KZ", facts.region().orElseThrow().country());
        assertEquals(Profession.PSYCHOLOGIST, facts.profession().orElseThrow());
        assertTrue(facts.organisationType().isEmpty());
        assertEquals(NOW, facts.consentedAt());
    }

    @Test
    void refusesEveryWrongFieldAtOnceAndChangesNothing() {
        ProfileFacts facts = new ProfileFacts(7);
        facts.state(new ProfileFacts.Statement("MALE", null, null, null, null, true), NOW);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> facts.state(
                new ProfileFacts.Statement("other", "FROM_99", "KZ-AKM", "ASTRONAUT", "CHURCH", false), NOW.plusSeconds(60)));
        assertEquals(List.of("consent", "sex", "ageBand", "region", "profession", "organisationType"),
                refused.all().stream().map(InvalidInput::field).toList());
        assertEquals("profile.region.unknown", refused.all().get(3).messageKey());
        assertEquals(Sex.MALE, facts.sex().orElseThrow());
        assertEquals(NOW, facts.consentedAt());
    }

    @Test
    void nothingIsKeptWithoutConsentOrWithNothingGiven() {
        ProfileFacts facts = new ProfileFacts(7);
        assertEquals("consent", assertThrows(InvalidInput.class,
                () -> facts.state(new ProfileFacts.Statement("FEMALE", null, null, null, null, false), NOW)).field());
        assertEquals("profile.fact.none", assertThrows(InvalidInput.class,
                () -> facts.state(new ProfileFacts.Statement(" ", null, "", null, null, true), NOW)).messageKey());
    }

    @Test
    void aFilterNarrowsOnlyByWhatItNames() {
        assertTrue(ProfileFilter.typed(null, "", null, null, null).anyone());
        ProfileFilter filter = ProfileFilter.typed("FEMALE", null, "AL-11", null, null);
        assertEquals(" sex:FEMALE region:AL-11", filter.describe());
        assertEquals("sex", assertThrows(InvalidInput.class, () -> ProfileFilter.typed("X", null, null, null, null)).field());
    }
}
