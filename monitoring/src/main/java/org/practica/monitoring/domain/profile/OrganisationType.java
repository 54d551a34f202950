package org.practica.monitoring.domain.profile;

/** The kind of employer a person works for, as the person says it (an organisation in Practica may not be their employer). */
public enum OrganisationType {
    GOVERNMENT,
    MUNICIPALITY,
    NGO,
    UN_AGENCY,
    RELIGIOUS,
    MEDIA,
    ACADEMIC,
    PRIVATE,
    OTHER
}
