package org.practica.certificates.domain.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What certification needs to know about a person, answered by the modules that keep each record
 * (courses, assessments, mentoring). Periods run from one day to another, both included; an open
 * start means ever.
 */
public interface LearningRecord {

    Optional<Instant> courseCompletedAt(String person, long courseId);

    Optional<QuizScore> bestQuizScore(String person, long quizId);

    /** Signed-off supervised hours: all of them when {@code competency} is null, else those that addressed it. */
    BigDecimal supervisedHours(String person, String competency, LocalDate from, LocalDate to);

    /** CPD hours carried by the courses the person completed in the period. */
    BigDecimal cpdHours(String person, LocalDate from, LocalDate to);

    record QuizScore(BigDecimal percent, boolean passed, Instant at) {
    }
}
