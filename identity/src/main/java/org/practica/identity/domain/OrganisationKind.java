package org.practica.identity.domain;

/** The kinds of organisation whose staff train and work with Practica. */
public enum OrganisationKind {
    GOVERNMENT, NGO, UN_AGENCY, PROFESSIONAL_BODY, RESOURCE_CENTRE, MEDIA, OTHER
}
