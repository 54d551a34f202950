package org.practica.assessments.application;

import java.math.BigDecimal;

/** An essay answer waiting for a trainer, with what they need to grade it. */
public record EssayToGrade(long attemptId, String learner, String quiz, int slot, String question, String answer, BigDecimal mark) {
}
