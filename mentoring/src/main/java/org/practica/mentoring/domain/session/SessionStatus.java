package org.practica.mentoring.domain.session;

public enum SessionStatus {
    /** Written by one of the pair; the other has not confirmed it yet. */
    LOGGED,
    /** Both agree it took place as written. */
    CONFIRMED,
    /** The supervisor counted its hours; it changes only by amendment. */
    SIGNED_OFF
}
