package org.practica.certificates.domain.programme;

public enum ProgrammeStatus {
    /** Being defined; no one can apply. */
    DRAFT,
    /** Open: people see their progress and are certified. */
    ACTIVE,
    /** Closed to new certificates; those issued stay valid until they expire. */
    RETIRED
}
