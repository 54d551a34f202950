package org.practica.assessments.domain.quiz;

import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

public interface QuizRepository {

    Optional<Quiz> find(QuizId id);

    /** The title of a quiz, as notices name it; empty for one that is gone. */
    default String titleOf(long quizId) {
        return find(new QuizId(quizId)).map(Quiz::title).orElse("");
    }

    List<Quiz> of(CourseId course);

    /** Quizzes that close after {@code from} and no later than {@code to}. */
    List<Quiz> closingBetween(java.time.Instant from, java.time.Instant to);

    void add(Quiz quiz);

    /** The quizzes that draw their questions from the bank. */
    List<Quiz> drawingFrom(org.practica.assessments.domain.bank.BankId bank);
}
