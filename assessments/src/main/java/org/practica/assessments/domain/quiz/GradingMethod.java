package org.practica.assessments.domain.quiz;

/** Which of a learner's graded attempts counts for the quiz. */
public enum GradingMethod {
    HIGHEST, LAST, AVERAGE
}
