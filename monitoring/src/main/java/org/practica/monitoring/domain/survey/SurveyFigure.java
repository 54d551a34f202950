package org.practica.monitoring.domain.survey;

/** One survey's raw counts within a filter; made safe (small numbers hidden) before anyone reads them. */
public record SurveyFigure(CountedSurvey survey, long asked, long answered, long practiceAnswered, long practiceChanged) {
}
