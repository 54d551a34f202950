package org.practica.assessments.domain.quiz;

import org.practica.kernel.InvalidInput;
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
        Duration limit = timeLimit;
        refusals.check(() -> {
            if (limit != null && (limit.compareTo(SHORTEST) < 0 || limit.compareTo(LONGEST) > 0)) {
                throw new InvalidInput("timeLimitMinutes", "quiz.timeLimit.range", SHORTEST.toMinutes(), LONGEST.toMinutes());
            }
        });
        int attempts = maxAttempts;
        refusals.check(() -> {
            if (attempts < 0 || attempts > 100) {
                throw new InvalidInput("maxAttempts", "quiz.attempts.range");
            }
        });
        passPercent = passPercent == null ? BigDecimal.valueOf(50) : passPercent;
        BigDecimal pass = passPercent;
        refusals.check(() -> {
            if (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInput("passPercent", "quiz.passPercent.range");
            }
        });
        gradingMethod = gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
        // the database keeps milliseconds; so does every deadline computed from these
        opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MILLIS);
        closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MILLIS);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            refusals.check(() -> {
                throw new InvalidInput("closesAt", "quiz.closesBeforeOpening");
            });
        }
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
