package org.practica.identity.domain;

import org.practica.kernel.Role;

import java.util.OptionalLong;

/**
 * How much of the audit trail a person may read. An auditor and a platform administrator read
 * all of it; an organisation's administrator reads what its people did and what was done to
 * them; nobody else reads any.
 */
public record AuditReach(boolean whole, long organisationId) {

    private static final AuditReach NONE = new AuditReach(false, -1);

    public static AuditReach of(UserAccount reader) {
        if (!reader.enabled()) {
            return NONE;
        }
        if (reader.hasRole(Role.AUDITOR) || reader.isPlatformAdministrator()) {
            return new AuditReach(true, -1);
        }
        if (reader.hasRole(Role.ADMIN)) {
            return new AuditReach(false, reader.organisation().id());
        }
        return NONE;
    }

    public boolean readsAny() {
        return whole || organisationId >= 0;
    }

    /** The one organisation the reader is limited to, or empty for the whole trail. */
    public OptionalLong limitedTo() {
        return whole ? OptionalLong.empty() : OptionalLong.of(organisationId);
    }
}
