package org.practica.assessments.application;

import org.practica.assessments.domain.question.Rubric;

import java.math.BigDecimal;
import java.time.Instant;

/** An essay answer waiting for a trainer, with what they need to grade it (its rubric, if any) and how long it has waited. */
public record EssayToGrade(long attemptId, String learner, int attemptNumber, Instant submittedAt, String quiz, int slot,
                           String question, String answer, BigDecimal mark, Rubric rubric) {
}
