package org.practica.server.identity.domain;

import org.practica.kernel.Role;

import org.practica.kernel.InvalidInput;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));

    private final Organisation organisation = new Organisation("Resource Centre", "kz", OrganisationKind.RESOURCE_CENTRE, T0);

    private UserAccount account() {
        return new UserAccount(new Username("learner1"), new Profile("Lola", null, organisation, Language.RU),
                EnumSet.of(Role.LEARNER), "hash", T0);
    }

    @Test
    void locksAfterThresholdOfConsecutiveFailuresAndUnlocksWhenTheTimeIsUp() {
        UserAccount account = account();
        account.recordFailedLogin(T0, POLICY);
        account.recordFailedLogin(T0, POLICY);
        assertFalse(account.isLocked(T0));
        account.recordFailedLogin(T0, POLICY);
        assertTrue(account.isLocked(T0.plusSeconds(60)));
        assertTrue(account.isLocked(T0.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount account = account();
        account.recordFailedLogin(T0, POLICY);
        account.recordFailedLogin(T0, POLICY);
        account.recordSuccessfulLogin();
        account.recordFailedLogin(T0, POLICY);
        assertFalse(account.isLocked(T0));
        assertEquals(1, account.failedLogins());
    }

    @Test
    void anAdministratorsResetLiftsTheLock() {
        UserAccount account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(T0, POLICY);
        }
        account.resetPassword("new-hash", T0.plusSeconds(1));
        assertFalse(account.isLocked(T0.plusSeconds(2)));
        assertEquals("new-hash", account.passwordHash());
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
}
