package org.practica.assessments.domain.survey;

/** When a survey asks: as the course ends, or a chosen number of weeks after. */
public enum SurveyKind {
    /** The course's evaluation, asked of each learner when they complete it. */
    END_OF_COURSE,
    /** Asked of completers some weeks later: did what they learned change their practice. */
    FOLLOW_UP
}
