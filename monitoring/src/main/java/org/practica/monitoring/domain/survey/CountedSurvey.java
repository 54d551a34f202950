package org.practica.monitoring.domain.survey;

/** A survey as monitoring names it: its course, its title, whether it follows up weeks later, and whether it is anonymous. */
public record CountedSurvey(long surveyId, long courseId, String title, boolean followUp, int weeksAfter, boolean anonymous) {
}
