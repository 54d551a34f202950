package org.practica.kernel;

import java.time.Instant;

/**
 * A person was asked a survey, or answered it, as monitoring counts it: who (a username, which
 * monitoring turns into an account number), which survey of which course, what kind it is, and
 * when. What they answered never travels, only whether it said their practice changed.
 */
public record SurveyMoment(String person, long surveyId, long courseId, String title, boolean followUp, int weeksAfter,
                           boolean anonymous, Instant at) {
}
