package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdministrativeReachTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Organisation centre = SavedOrganisation.withId(1, "Centre");
    private final Organisation union = SavedOrganisation.withId(2, "Union");

    private static UserAccount account(String name, Organisation in, Role... roles) {
        return new UserAccount(new Username(name), new Profile(name, null, in, Language.EN), EnumSet.of(roles[0], roles), "hash", T0);
    }

    @Test
    void anOrganisationsAdministratorReachesItsAccountsOnly() {
        AdministrativeReach reach = AdministrativeReach.of(account("union-admin", union, Role.ADMIN));
        assertTrue(reach.covers(account("journalist", union, Role.LEARNER)));
        assertFalse(reach.covers(account("supervisor", centre, Role.SUPERVISOR)));
        assertTrue(reach.mayPlaceIn(2));
        assertFalse(reach.mayPlaceIn(1));
        assertFalse(reach.managesOrganisations());
    }

    @Test
    void aPlatformAdministratorIsBeyondOrganisationAdministratorsButReachesEveryone() {
        UserAccount platform = account("admin", union, Role.ADMIN);
        platform.setPlatformAdministrator(true);
        assertFalse(AdministrativeReach.of(account("union-admin", union, Role.ADMIN)).covers(platform), "not theirs to reset");
        AdministrativeReach wide = AdministrativeReach.of(platform);
        assertTrue(wide.covers(account("supervisor", centre, Role.SUPERVISOR)));
        assertTrue(wide.mayPlaceIn(1) && wide.managesOrganisations());
    }

    @Test
    void withoutTheAdministratorRoleThereIsNoReach() {
        AdministrativeReach none = AdministrativeReach.of(account("trainer", union, Role.TRAINER));
        assertFalse(none.covers(account("journalist", union, Role.LEARNER)));
        UserAccount demoted = account("was-admin", union, Role.ADMIN);
        demoted.setEnabled(false);
        assertFalse(AdministrativeReach.of(demoted).covers(account("journalist", union, Role.LEARNER)));
    }
}
