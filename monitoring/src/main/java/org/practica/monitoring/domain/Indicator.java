package org.practica.monitoring.domain;

/** What a programme manager can set a target for; each is computed from the counted events. */
public enum Indicator {
    /** People who enrolled in a course in the period. */
    PEOPLE_TRAINED,
    /** People who completed a course in the period. */
    PEOPLE_COMPLETED,
    /** Of the period's enrolments, the percentage completed so far. */
    COMPLETION_RATE,
    /** Of the people with a graded quiz attempt in the period, the percentage who passed one. */
    PASS_RATE,
    /** People issued a certificate in the period. */
    PEOPLE_CERTIFIED,
    /** People holding a valid certificate (issued, not expired, not revoked) at the end of the period, or today while it is under way. */
    CERTIFICATES_HELD,
    /** Supervised hours signed off in the period. */
    SUPERVISED_HOURS,
    /**
     * Of the people whose paired post-test was graded in the period, the mean gain from their
     * pre-test, in percentage points (every pair of quizzes together).
     */
    KNOWLEDGE_GAIN,
    /** Of the follow-up survey replies in the period that said something of practice, the percentage saying it changed. */
    PRACTICE_CHANGE;

    /** Measured in percent or percentage points: a target of more than 100 makes no sense. */
    public boolean isPercentage() {
        return this == COMPLETION_RATE || this == PASS_RATE || this == PRACTICE_CHANGE || this == KNOWLEDGE_GAIN;
    }

    /** Measured in percentage points (a difference of percentages), not in percent. */
    public boolean isInPoints() {
        return this == KNOWLEDGE_GAIN;
    }

    /** Read from the people's summary: counts of people, their completion, passes and hours. */
    public boolean countsPeople() {
        return this != PRACTICE_CHANGE && this != CERTIFICATES_HELD && this != KNOWLEDGE_GAIN;
    }
}
