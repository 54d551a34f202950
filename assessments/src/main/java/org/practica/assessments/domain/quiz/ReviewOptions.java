package org.practica.assessments.domain.quiz;

/**
 * What learners see of a submitted attempt, and from when: their score is always shown; their
 * responses, whether each was right, the feedback and the right answers only as chosen here.
 */
public record ReviewOptions(ReviewMoment when, boolean responses, boolean correctness, boolean feedback, boolean rightAnswers) {

    public ReviewOptions {
        when = when == null ? ReviewMoment.IMMEDIATELY : when;
    }

    public static ReviewOptions everything() {
        return new ReviewOptions(ReviewMoment.IMMEDIATELY, true, true, true, true);
    }
}
