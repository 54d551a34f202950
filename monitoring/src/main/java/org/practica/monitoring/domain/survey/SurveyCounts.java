package org.practica.monitoring.domain.survey;

import org.practica.monitoring.domain.CountFilter;

import java.time.LocalDate;
import java.util.List;

/**
 * Who was asked each survey and who answered (account numbers, never names), and of each reply only
 * whether it said the person's practice changed; a reply to an anonymous survey is kept without
 * the person. Nothing read from here returns a person.
 */
public interface SurveyCounts {

    /** The survey as it is now, so a report can name it. */
    void describe(CountedSurvey survey);

    /** The person was asked; asking twice counts once. */
    void asked(long surveyId, long person, long organisation, LocalDate on);

    /** The person answered; {@code practiceChanged} is null when the answers did not say. */
    void answered(CountedSurvey survey, long person, long organisation, LocalDate on, Boolean practiceChanged);

    /**
     * Per survey within the filter: the people asked in the period and how many of them answered,
     * and the period's replies that said something of practice and how many said it changed. With
     * a filter on people's facts, anonymous replies cannot be narrowed and are left out.
     */
    List<SurveyFigure> figures(CountFilter filter);
}
