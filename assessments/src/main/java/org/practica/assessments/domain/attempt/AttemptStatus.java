package org.practica.assessments.domain.attempt;

public enum AttemptStatus {
    IN_PROGRESS,
    /** Submitted, with at least one essay waiting for a trainer. */
    NEEDS_GRADING,
    GRADED;

    public boolean isOpen() {
        return this == IN_PROGRESS;
    }
}
