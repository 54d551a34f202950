package org.practica.assessments.application;

import org.practica.assessments.domain.survey.SurveyQuestion;

import java.util.List;

/** A survey as a form or the API sends it: kind and anonymity by name, so an unknown one is refused at its field. */
public record SurveyDraft(String title, String kind, Integer weeksAfter, String anonymity, List<SurveyQuestion> questions) {
}
