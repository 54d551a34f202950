package org.practica.assessments.application;

import org.practica.assessments.domain.survey.SurveyTally;

/**
 * What a survey's responses add up to, for its trainer. Nothing but the response rate is shown
 * until {@link #FEWEST} people answered, so no single answer can be read off.
 */
public record SurveyResults(SurveyView survey, boolean shown, SurveyTally tally) {

    public static final int FEWEST = 5;

    /** How many must answer before anything but the response rate is shown. */
    public int getFewest() {
        return FEWEST;
    }

    /** The share who said they changed their practice, in whole percent; null when not shown or not asked. */
    public Integer getPracticePercent() {
        return !shown || tally.practiceAnswered() == 0 ? null : (int) Math.round(100.0 * tally.practiceChanged() / tally.practiceAnswered());
    }
}
