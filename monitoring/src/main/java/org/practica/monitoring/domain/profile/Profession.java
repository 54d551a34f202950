package org.practica.monitoring.domain.profile;

/** The front-line professions that rehabilitation and reintegration programmes train and report on. */
public enum Profession {
    PSYCHOLOGIST,
    SOCIAL_WORKER,
    SOCIAL_PEDAGOGUE,
    THEOLOGIAN,
    TEACHER,
    GUARDIANSHIP_OFFICER,
    PROBATION_OFFICER,
    MEDICAL,
    NGO_WORKER,
    JOURNALIST,
    OTHER
}
