package org.practica.identity.domain;

import org.practica.kernel.Role;

/**
 * Which accounts an administrator may see and manage. An organisation's administrator reaches the
 * accounts of that organisation only, and never a platform administrator's (else resetting one's
 * password would be a way up); a platform administrator reaches every account and organisation.
 * Without this any administrator could reset a supervisor's password anywhere and read the notes.
 */
public record AdministrativeReach(String username, long organisationId, boolean platform) {

    public static AdministrativeReach of(UserAccount administrator) {
        if (!administrator.hasRole(Role.ADMIN) || !administrator.enabled()) {
            return new AdministrativeReach(administrator.username().value(), -1, false);
        }
        return new AdministrativeReach(administrator.username().value(), administrator.organisation().id(),
                administrator.isPlatformAdministrator());
    }

    public boolean covers(UserAccount account) {
        if (platform) {
            return true;
        }
        return !account.isPlatformAdministrator() && account.organisation().id() == organisationId;
    }

    /** Whether an account may be put in (or moved to) this organisation by this administrator. */
    public boolean mayPlaceIn(long organisation) {
        return platform || organisation == organisationId;
    }

    public boolean managesOrganisations() {
        return platform;
    }
}
