package org.practica.assessments.domain.attempt;


import org.practica.assessments.domain.quiz.GradingMethod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A learner's grade for a quiz from their graded attempts, by the quiz's grading method: the
 * highest, the last, or the average. Attempts in progress or waiting for a trainer do not count yet.
 */
public final class QuizGrade {

    private QuizGrade() {
    }

    public static Optional<BigDecimal> of(GradingMethod method, List<QuizAttempt> attempts) {
        List<QuizAttempt> graded = attempts.stream().filter(a -> a.status() == AttemptStatus.GRADED).toList();
        if (graded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (method) {
            case HIGHEST -> graded.stream().map(QuizAttempt::percent).max(Comparator.naturalOrder()).orElseThrow();
            case LAST -> graded.stream().max(Comparator.comparingInt(QuizAttempt::number)).orElseThrow().percent();
            case AVERAGE -> graded.stream().map(QuizAttempt::percent).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(graded.size()), 2, RoundingMode.HALF_EVEN);
        });
    }
}
