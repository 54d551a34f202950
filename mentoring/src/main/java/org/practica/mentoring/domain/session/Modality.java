package org.practica.mentoring.domain.session;

/** How a session was held: the mentee alone or in a group, and face to face or at a distance. */
public enum Modality {
    INDIVIDUAL_IN_PERSON,
    INDIVIDUAL_ONLINE,
    GROUP_IN_PERSON,
    GROUP_ONLINE
}
