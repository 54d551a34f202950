package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditReachTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private final Organisation union = SavedOrganisation.withId(2, "Union");

    private UserAccount account(Role... roles) {
        return new UserAccount(new Username("someone"), new Profile("Someone", null, union, Language.EN),
                EnumSet.of(roles[0], roles), "hash", T0);
    }

    @Test
    void anOrganisationsAdministratorReadsItsOwnPart() {
        AuditReach reach = AuditReach.of(account(Role.ADMIN));
        assertTrue(reach.readsAny());
        assertEquals(OptionalLong.of(2), reach.limitedTo());
    }

    @Test
    void anAuditorAndAPlatformAdministratorReadTheWhole() {
        assertEquals(OptionalLong.empty(), AuditReach.of(account(Role.AUDITOR)).limitedTo());
        UserAccount platform = account(Role.ADMIN);
        platform.setPlatformAdministrator(true);
        assertEquals(OptionalLong.empty(), AuditReach.of(platform).limitedTo());
    }

    @Test
    void othersAndDisabledAccountsReadNothing() {
        assertFalse(AuditReach.of(account(Role.TRAINER, Role.REGISTRAR)).readsAny());
        UserAccount gone = account(Role.AUDITOR);
        gone.setEnabled(false);
        assertFalse(AuditReach.of(gone).readsAny());
    }
}
