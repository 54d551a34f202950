package org.practica.assessments.domain.attempt;

import org.practica.assessments.domain.question.Response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AttemptRepository {

    Optional<QuizAttempt> find(AttemptId id);

    /** Locks the attempt's row until the transaction ends, so a submit and a late save cannot cross. */
    Optional<QuizAttempt> lock(AttemptId id);

    /**
     * Reads who owns the attempt, its status and deadline with a shared lock: saves of one attempt run side by side, but a submit
     * (which locks it exclusively) waits for them, and saves after a submit see it submitted.
     */
    Optional<AttemptLock> forSaving(AttemptId id);

    List<QuizAttempt> of(long quizId, String learner);

    /** Every attempt at the quizzes of a course, oldest first. */
    List<QuizAttempt> ofCourse(long courseId);

    void add(QuizAttempt attempt);

    /** Writes one answer in one statement, replacing the previous one for that question. */
    void saveAnswer(AttemptId attempt, int slot, Response response, Instant at);

    List<AttemptAnswer> answers(AttemptId attempt);

    void keep(List<AttemptAnswer> graded);

    /** Attempts still in progress whose deadline (and grace) has passed. */
    List<AttemptId> overdue(Instant now, int max);
}
