package org.practica.assessments.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * That a person was asked a survey, and whether they answered: what response rates count and
 * what stops anyone answering twice. It never says when they answered or what, so it cannot be
 * matched to an anonymous response. Made when the person is first asked (the reminder round or
 * their own visit, whichever comes first); answered once, for good.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(nullable = false, length = 64)
    private String person;

    @Column(name = "invited_on", nullable = false)
    private LocalDate invitedOn;

    @Column(nullable = false)
    private boolean answered;

    protected SurveyInvitation() {
    }

    public SurveyInvitation(SurveyId survey, String person, LocalDate invitedOn) {
        this.surveyId = survey.value();
        this.person = person;
        this.invitedOn = invitedOn;
    }

    /** Marks it answered; a second answer is refused by the caller before anything is written. */
    public void answer() {
        answered = true;
    }

    public SurveyId surveyId() {
        return new SurveyId(surveyId);
    }

    public String person() {
        return person;
    }

    public LocalDate invitedOn() {
        return invitedOn;
    }

    public boolean answered() {
        return answered;
    }
}
