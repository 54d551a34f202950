package org.practica.mentoring.domain.relationship;

public enum RelationshipStatus {
    /** A mentee asked; the supervisor has not accepted yet. */
    REQUESTED,
    ACTIVE,
    DECLINED,
    ENDED
}
