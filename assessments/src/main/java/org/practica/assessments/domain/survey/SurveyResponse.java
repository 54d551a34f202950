package org.practica.assessments.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * One person's answers to a survey, written once and never changed. An anonymous response keeps
 * nothing that leads back to its author: a random id (so the order of writing cannot be matched
 * against the invitations), the month only, and no account; a confidential one keeps the account
 * it came from, for the person's own data export and erasure, and is still only ever reported as
 * counts.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    /** The month it was answered, as {@code 2026-12}. */
    @Column(name = "answered_in", nullable = false, length = 7)
    private String answeredIn;

    @Column(name = "organisation_id")
    private Long organisationId;

    /** The account it came from; null in an anonymous survey (and after that person's erasure). */
    @Column(length = 64)
    private String respondent;

    @Convert(converter = SurveyAnswersColumn.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    private List<SurveyAnswer> answers;

    protected SurveyResponse() {
    }

    public SurveyResponse(Survey survey, String person, Long organisationId, List<SurveyAnswer> checkedAnswers, YearMonth month) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = survey.id().value();
        this.answeredIn = month.toString();
        this.organisationId = organisationId;
        this.respondent = survey.anonymous() ? null : person;
        this.answers = List.copyOf(checkedAnswers);
    }

    public SurveyId surveyId() {
        return new SurveyId(surveyId);
    }

    public YearMonth answeredIn() {
        return YearMonth.parse(answeredIn);
    }

    public Long organisationId() {
        return organisationId;
    }

    public String respondent() {
        return respondent;
    }

    public List<SurveyAnswer> answers() {
        return answers;
    }
}
