package org.practica.assessments.application;

import org.practica.assessments.domain.survey.Anonymity;
import org.practica.assessments.domain.survey.SurveyKind;
import org.practica.assessments.domain.survey.SurveyQuestion;

import java.util.List;

/** A survey as the person asked sees it: what it asks, what it promises, and whether they answered. */
public record AskedSurvey(long id, long courseId, String course, String title, SurveyKind kind, int weeksAfter, Anonymity anonymity,
                          List<SurveyQuestion> questions, boolean answered) {
}
