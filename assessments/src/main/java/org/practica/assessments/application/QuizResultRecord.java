package org.practica.assessments.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a professional body needs from assessments to certify someone: a quiz's title and the
 * person's best graded attempt at it. The certificates module reads it through this port.
 */
public interface QuizResultRecord {

    Optional<String> title(long quizId);

    /** The quizzes of a course, for a registrar choosing one a programme asks for. */
    List<QuizTitle> ofCourse(long courseId);

    record QuizTitle(long id, String title) {
    }

    /** The person's best fully graded attempt (highest percent, then earliest), if any. */
    Optional<BestAttempt> best(String person, long quizId);

    record BestAttempt(BigDecimal percent, boolean passed, Instant submittedAt) {
    }
}
