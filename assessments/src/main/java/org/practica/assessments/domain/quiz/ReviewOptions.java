package org.practica.assessments.domain.quiz;

import java.time.Instant;

/**
 * What learners see of a submitted attempt, and from when: their score is always shown; their
 * responses, whether each was right, the feedback and the right answers only as chosen here.
 */
public record ReviewOptions(ReviewMoment when, boolean responses, boolean correctness, boolean feedback, boolean rightAnswers) {

    public ReviewOptions {
        when = when == null ? ReviewMoment.IMMEDIATELY : when;
    }

    /**
     * Whether a learner may see the details of an attempt now: never before submitting; then at
     * once, after the quiz closes (never for a quiz without a closing date), or never.
     */
    public boolean detailsVisible(boolean submitted, Instant closesAt, Instant now) {
        if (!submitted) {
            return false;
        }
        return switch (when) {
            case IMMEDIATELY -> true;
            case AFTER_CLOSE -> closesAt != null && !now.isBefore(closesAt);
            case NEVER -> false;
        };
    }

    public static ReviewOptions everything() {
        return new ReviewOptions(ReviewMoment.IMMEDIATELY, true, true, true, true);
    }
}
