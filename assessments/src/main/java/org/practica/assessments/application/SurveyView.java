package org.practica.assessments.application;

import org.practica.assessments.domain.survey.Anonymity;
import org.practica.assessments.domain.survey.Survey;
import org.practica.assessments.domain.survey.SurveyKind;
import org.practica.assessments.domain.survey.SurveyQuestion;
import org.practica.assessments.domain.survey.SurveyRepository;
import org.practica.assessments.domain.survey.SurveyStatus;

import java.time.Instant;
import java.util.List;

/** A survey as its trainer sees it: its design, its state, and how many were asked and answered. */
public record SurveyView(long id, long courseId, String title, SurveyKind kind, int weeksAfter, Anonymity anonymity, SurveyStatus status,
                         List<SurveyQuestion> questions, Instant openedAt, long invited, long answered, Integer responsePercent) {

    /** {@code responsePercent}: answered of asked, in whole percent; null while nobody was asked. */
    static SurveyView of(Survey survey, SurveyRepository.Reach reach) {
        return new SurveyView(survey.id().value(), survey.courseId().value(), survey.title(), survey.kind(), survey.weeksAfter(),
                survey.anonymity(), survey.status(), survey.questions(), survey.openedAt(), reach.invited(), reach.answered(),
                reach.invited() == 0 ? null : (int) Math.round(100.0 * reach.answered() / reach.invited()));
    }
}
