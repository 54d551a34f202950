package org.practica.assessments.domain.survey;

public record SurveyId(long value) {
}
