package org.practica.assessments.application;

import org.practica.assessments.domain.survey.SurveyTally;

/**
 * What a survey's responses add up to, for its trainer. Nothing but the response rate is shown
 * until {@link #FEWEST} people answered, so no single answer can be read off. {@code practicePercent}
 * is the share who said they changed their practice, in whole percent (null when not shown or not
 * asked); {@code fewest} how many must answer before anything else is shown.
 */
public record SurveyResults(SurveyView survey, boolean shown, SurveyTally tally, Integer practicePercent, int fewest) {

    public static final int FEWEST = 5;

    static SurveyResults of(SurveyView survey, boolean shown, SurveyTally tally) {
        Integer practice = !shown || tally.practiceAnswered() == 0 ? null
                : (int) Math.round(100.0 * tally.practiceChanged() / tally.practiceAnswered());
        return new SurveyResults(survey, shown, tally, practice, FEWEST);
    }
}
