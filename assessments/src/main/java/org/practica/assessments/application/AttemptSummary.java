package org.practica.assessments.application;

import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;

import java.math.BigDecimal;
import java.time.Instant;

/** One of a learner's attempts at a quiz, as listed on the quiz page. */
public record AttemptSummary(long id, int number, AttemptStatus status, Instant startedAt, Instant submittedAt,
                             BigDecimal percent, Boolean passed) {

    static AttemptSummary of(QuizAttempt a) {
        return new AttemptSummary(a.id().value(), a.number(), a.status(), a.startedAt(), a.submittedAt(),
                a.percent(), a.passed());
    }
}
