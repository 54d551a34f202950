package org.practica.assessments.domain.survey;

/** How a survey question is answered. None has a right answer and none is graded. */
public enum SurveyQuestionKind {
    /** One of three to seven labelled points, from one end of a scale to the other. */
    LIKERT(3, 7),
    /** A whole number from 0 to 10; its two ends may be labelled. */
    RATING(0, 2),
    /** One option of two to twelve. */
    CHOICE(2, 12),
    /** Any number of options of two to twelve. */
    CHOICES(2, 12),
    /** A few sentences in the person's own words. */
    FREE_TEXT(0, 0);

    private final int fewestOptions;
    private final int mostOptions;

    SurveyQuestionKind(int fewestOptions, int mostOptions) {
        this.fewestOptions = fewestOptions;
        this.mostOptions = mostOptions;
    }

    public int fewestOptions() {
        return fewestOptions;
    }

    public int mostOptions() {
        return mostOptions;
    }

    /** Whether it is answered by picking among options, so options may count as practice change. */
    public boolean picks() {
        return this == LIKERT || this == CHOICE || this == CHOICES;
    }
}
