package org.practica.assessments.domain.quiz;

import org.practica.kernel.Refusals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a quiz is sat: time limit (none when null), attempts allowed (0 for any number), pass mark
 * in percent, which attempt counts, shuffling, when it opens and closes, and what learners see
 * afterwards.
 */
public record QuizSettings(Duration timeLimit, int maxAttempts, BigDecimal passPercent, GradingMethod gradingMethod,
                           boolean shuffleQuestions, boolean shuffleAnswers, Instant opensAt, Instant closesAt,
                           ReviewOptions review) {

    public static final Duration LONGEST = Duration.ofHours(12);
    public static final Duration SHORTEST = Duration.ofMinutes(1);

    public QuizSettings {
        Refusals refusals = new Refusals();
        refusals.refuseIf(timeLimit != null && (timeLimit.compareTo(SHORTEST) < 0 || timeLimit.compareTo(LONGEST) > 0),
                "timeLimitMinutes", "quiz.timeLimit.range", SHORTEST.toMinutes(), LONGEST.toMinutes());
        refusals.refuseIf(maxAttempts < 0 || maxAttempts > 100, "maxAttempts", "quiz.attempts.range");
        passPercent = passPercent == null ? BigDecimal.valueOf(50) : passPercent;
        refusals.refuseIf(passPercent.signum() < 0 || passPercent.compareTo(BigDecimal.valueOf(100)) > 0,
                "passPercent", "quiz.passPercent.range");
        gradingMethod = gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
        // the database keeps milliseconds; so does every deadline computed from these
        opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MILLIS);
        closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MILLIS);
        refusals.refuseIf(opensAt != null && closesAt != null && !closesAt.isAfter(opensAt), "closesAt", "quiz.closesBeforeOpening");
        refusals.throwIfAny();
        review = review == null ? ReviewOptions.everything() : review;
    }

    public boolean isOpen(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    /** The moment an attempt started now must be submitted by: its time limit, cut short by the closing date. */
    public Instant deadlineFor(Instant start) {
        Instant byLimit = timeLimit == null ? null : start.plus(timeLimit);
        if (closesAt == null) {
            return byLimit;
        }
        return byLimit == null || closesAt.isBefore(byLimit) ? closesAt : byLimit;
    }
}
