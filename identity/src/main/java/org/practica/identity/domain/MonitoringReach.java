package org.practica.identity.domain;

import org.practica.kernel.Role;

import java.util.OptionalLong;

/**
 * Whose training a person may count. A programme manager counts their own organisation's people,
 * or every organisation's when a platform administrator made them the manager of a national
 * programme; nobody else counts any. What is counted is only ever shown in aggregate.
 */
public record MonitoringReach(boolean whole, long organisationId) {

    private static final MonitoringReach NONE = new MonitoringReach(false, -1);

    public static MonitoringReach of(UserAccount reader) {
        if (!reader.enabled() || !reader.hasRole(Role.PROGRAMME_MANAGER)) {
            return NONE;
        }
        return reader.readsAcrossOrganisations() ? new MonitoringReach(true, -1) : new MonitoringReach(false, reader.organisation().id());
    }

    public boolean countsAny() {
        return whole || organisationId >= 0;
    }

    /** The one organisation the reader is limited to, or empty for every organisation. */
    public OptionalLong limitedTo() {
        return whole ? OptionalLong.empty() : OptionalLong.of(organisationId);
    }

    /** Whether an organisation's people are within this reach. */
    public boolean covers(long organisation) {
        return whole || organisation == organisationId;
    }
}
