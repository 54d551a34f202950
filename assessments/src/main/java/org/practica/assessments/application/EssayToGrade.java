package org.practica.assessments.application;

import java.math.BigDecimal;
import java.time.Instant;

/** An essay answer waiting for a trainer, with what they need to grade it and how long it has waited. */
public record EssayToGrade(long attemptId, String learner, int attemptNumber, Instant submittedAt, String quiz, int slot,
                           String question, String answer, BigDecimal mark) {
}
