package org.practica.kernel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A graded quiz attempt as monitoring counts it: whose (the username, which monitoring turns into
 * an account number), which course and quiz, when it was graded, its percentage, whether it
 * passed, and the percentage of each question in the order the quiz asks them. When the trainer
 * paired the quiz with another as pre-test and post-test, {@code pair} names the post-test and
 * {@code phase} says which side this attempt is; both are null otherwise. {@code course} and
 * {@code quiz} are the titles as they are now, so a report can name what it counts without
 * reading the courses.
 */
public record ScoredAttempt(String person, long courseId, String course, long quizId, String quiz, Long pair, TestPhase phase,
                            Instant at, BigDecimal percent, boolean passed, List<BigDecimal> questionPercents) {

    public ScoredAttempt {
        questionPercents = List.copyOf(questionPercents);
    }

    /** Which side of a pre-test/post-test pair an attempt is. */
    public enum TestPhase {
        PRE, POST
    }
}
