package org.practica.assessments.domain.survey;

public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
