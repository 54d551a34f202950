package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final Organisation organisation = new Organisation("Resource Centre", "kz", OrganisationKind.RESOURCE_CENTRE, T0);

    private UserAccount account() {
        return new UserAccount(new Username("learner1"), new Profile("Lola", null, organisation, Language.RU),
                EnumSet.of(Role.LEARNER), "hash", T0);
    }

    @Test
    void whatTheAccountMayDoMovesItsAccessStampAndNothingElseDoes() {
        UserAccount account = account();
        int issued = account.accessStamp();
        account.chooseLanguage(Language.EN);
        account.update(new Profile("Lola K.", "lola@example.org", organisation, Language.RU), EnumSet.of(Role.LEARNER));
        account.setEnabled(true);
        assertEquals(issued, account.accessStamp(), "a new name, e-mail or language ends no session");

        account.update(new Profile("Lola K.", null, organisation, Language.RU), EnumSet.of(Role.LEARNER, Role.SUPERVISOR));
        assertEquals(issued + 1, account.accessStamp(), "a role gained or lost");
        account.setEnabled(false);
        assertEquals(issued + 2, account.accessStamp(), "disabled");
        account.changePassword("new-hash", T0.plusSeconds(1));
        assertEquals(issued + 3, account.accessStamp(), "password changed");
        account.resetPassword("reset-hash", T0.plusSeconds(2));
        assertEquals(issued + 4, account.accessStamp(), "password reset");
        assertEquals("reset-hash", account.passwordHash());
    }

    @Test
    void anAccessStateHonoursOnlyItsOwnStampWhileEnabled() {
        AccessState state = new AccessState("learner1", true, 4, Set.of(Role.LEARNER));
        assertTrue(state.honours(4));
        assertFalse(state.honours(3), "issued before the change");
        assertFalse(new AccessState("learner1", false, 4, Set.of(Role.LEARNER)).honours(4), "disabled");
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        UserAccount account = account();
        Profile profile = new Profile("Lola", null, organisation, Language.EN);
        InvalidInput e = assertThrows(InvalidInput.class, () -> account.update(profile, Set.of()));
        assertEquals("roles", e.field());
        assertEquals(Set.of(Role.LEARNER), account.roles());
    }

    @Test
    void countryCodesAreNormalisedAndChecked() {
        assertEquals("KZ", organisation.country());
        assertEquals("country", assertThrows(InvalidInput.class,
                () -> new Organisation("X", "Kazakhstan", OrganisationKind.NGO, T0)).field());
    }

    @Test
    void profileRefusesMalformedEmailAndOverlongName() {
        assertEquals("email", assertThrows(InvalidInput.class,
                () -> new Profile("Lola", "not-an-address", organisation, Language.EN)).field());
        assertEquals("displayName", assertThrows(InvalidInput.class,
                () -> new Profile("x".repeat(201), null, organisation, Language.EN)).field());
    }

    @Test
    void anErasedAccountKeepsNothingOfThePersonAndCanNeverBeUsedAgain() {
        UserAccount account = account();
        account.update(new Profile("Lola Kenzhe", "lola@example.org", organisation, Language.RU), EnumSet.of(Role.LEARNER));
        account.chooseTimeZone(java.time.ZoneId.of("Asia/Almaty"));
        int issued = account.accessStamp();

        account.erase("erased-7");

        assertEquals("erased-7", account.username().value());
        assertEquals("erased-7", account.displayName());
        assertEquals(null, account.email());
        assertTrue(account.timeZone().isEmpty());
        assertFalse(account.enabled());
        assertTrue(account.erased());
        assertTrue(account.accessStamp() > issued, "every session and token ends");
        assertFalse(account.passwordHash().contains("hash"), "no password matches what is left");
    }
}
