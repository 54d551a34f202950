package org.practica.monitoring.domain.profile;

/** An age band, never a birth date: enough for a report, too coarse to find someone by. */
public enum AgeBand {
    UNDER_25,
    FROM_25_TO_34,
    FROM_35_TO_44,
    FROM_45_TO_54,
    FROM_55
}
