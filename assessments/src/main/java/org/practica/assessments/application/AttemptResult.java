package org.practica.assessments.application;

import org.practica.assessments.domain.attempt.AttemptStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A submitted attempt's outcome: always the score; per question, only what the quiz's review
 * options allow the learner to see (trainers see everything).
 */
public record AttemptResult(long id, long quizId, String learner, int number, AttemptStatus status, Instant submittedAt,
                            BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed, List<Line> questions) {

    /**
     * {@code text}, {@code feedback} and {@code hints} are HTML that is safe to show; {@code answered}
     * is the response in words (the chosen answers, or what was typed) as plain text. Feedback is
     * each answer's, then the question's for a right, partly right or wrong answer as a whole.
     */
    public record Line(int slot, String type, String text, Object response, String answered, BigDecimal score, BigDecimal mark,
                       Boolean correct, List<String> feedback, String rightAnswer, String comment, List<Judgement> rubric,
                       List<String> hints) {
    }

    /** How an essay with a rubric was judged on one criterion: the level chosen and its points of the most possible. */
    public record Judgement(String criterion, String level, BigDecimal points, BigDecimal best) {
    }
}
