package org.practica.assessments.domain.attempt;

public enum AttemptStatus {
    /**
     * Drawn in advance so that the learner can begin it on a device without a line (untimed
     * quizzes only); it becomes IN_PROGRESS when begun, at the time the device says it was.
     */
    PREPARED,
    IN_PROGRESS,
    /** Submitted, with at least one essay waiting for a trainer. */
    NEEDS_GRADING,
    GRADED;

    public boolean isOpen() {
        return this == IN_PROGRESS;
    }

    /** Not yet submitted: in progress, or prepared and waiting to be begun. */
    public boolean isUnsubmitted() {
        return this == IN_PROGRESS || this == PREPARED;
    }
}
