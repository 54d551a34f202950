package org.practica.assessments.domain.attempt;

import org.practica.assessments.domain.question.Response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AttemptRepository {

    Optional<QuizAttempt> find(AttemptId id);

    /** Locks the attempt's row until the transaction ends, so a submit and a late save cannot cross. */
    Optional<QuizAttempt> lock(AttemptId id);

    List<QuizAttempt> of(long quizId, String learner);

    /** Every attempt at the quizzes of a course, oldest first. */
    List<QuizAttempt> ofCourse(long courseId);

    /** Every attempt of one learner, at any quiz, oldest first. */
    List<QuizAttempt> byLearner(String learner);

    /** Whether anyone has started the quiz: from then on, what would change grades stays. */
    boolean anyOf(long quizId);

    void add(QuizAttempt attempt);

    /**
     * Writes one answer in one statement, replacing the previous one for that question, if the
     * attempt is still in progress; false (and nothing written) once it has been submitted. The
     * statement reads the attempt's row under a shared lock: saves of one attempt run side by
     * side, a submit (which locks the row exclusively) waits for them, and saves after a submit
     * find it submitted.
     */
    boolean saveAnswerWhileOpen(AttemptId attempt, int slot, Response response, Instant at);

    List<AttemptAnswer> answers(AttemptId attempt);

    void keep(List<AttemptAnswer> graded);

    /** Attempts in progress, not yet looked at for a closing reminder, whose deadline falls before {@code until}. */
    List<AttemptId> closingBefore(Instant until, int max);

    /** Everyone who has begun an attempt at the quiz, submitted or not. */
    java.util.Set<String> learnersWhoBegan(long quizId);

    /** Per course, how many submitted attempts have waited since before {@code before} for an essay's grade. */
    java.util.Map<Long, Long> waitingForGrading(Instant before);

    /** Attempts still in progress whose deadline, and the wait for answers held back by a dropped line, have passed. */
    List<AttemptId> overdue(Instant now, int max);
}
