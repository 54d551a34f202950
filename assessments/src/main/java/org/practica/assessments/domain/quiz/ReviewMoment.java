package org.practica.assessments.domain.quiz;

/** When learners may see the details of a submitted attempt. */
public enum ReviewMoment {
    /** As soon as they submit. */
    IMMEDIATELY,
    /** Once the quiz has closed, so that answers do not travel while others still sit it. */
    AFTER_CLOSE,
    NEVER
}
