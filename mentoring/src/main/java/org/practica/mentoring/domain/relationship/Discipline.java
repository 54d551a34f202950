package org.practica.mentoring.domain.relationship;

/** The profession a mentee is supervised in; each has its own competency framework. */
public enum Discipline {
    PSYCHOLOGY,
    SOCIAL_WORK,
    THEOLOGY,
    TEACHING,
    JOURNALISM
}
