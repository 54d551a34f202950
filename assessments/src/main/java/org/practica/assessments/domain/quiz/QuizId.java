package org.practica.assessments.domain.quiz;

public record QuizId(long value) {
}
