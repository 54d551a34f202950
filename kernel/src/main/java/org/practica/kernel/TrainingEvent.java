package org.practica.kernel;

/** What happened in someone's training that monitoring counts. */
public enum TrainingEvent {
    /** Enrolled in a course, by themselves or by a trainer. */
    ENROLLED,
    /** Completed a course: every lesson done and every required quiz passed. */
    COMPLETED,
    /** Was issued a certificate: a first one, a renewal or a re-issue. */
    CERTIFIED,
    /** Had supervised practice signed off; the amount is its hours. */
    HOURS_SIGNED_OFF
}
