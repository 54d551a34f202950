package org.practica.monitoring.domain.profile;

/** Sex as funders ask programmes to report it; a person who would rather not say gives none. */
public enum Sex {
    FEMALE,
    MALE
}
