package org.practica.assessments.domain.survey;

import java.util.List;
import java.util.TreeSet;

/**
 * What someone answered to one question: the options picked (one for a scale or a single choice),
 * a rating, or their own words. An answer with none of them is a question left out, which anyone
 * may do: nobody is made to answer anything.
 */
public record SurveyAnswer(List<Integer> picks, Integer rating, String text) {

    public static final int TEXT_MAX = 2_000;

    public SurveyAnswer {
        picks = picks == null ? List.of() : List.copyOf(new TreeSet<>(picks));
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static SurveyAnswer none() {
        return new SurveyAnswer(List.of(), null, null);
    }

    public boolean given() {
        return !picks.isEmpty() || rating != null || text != null;
    }
}
