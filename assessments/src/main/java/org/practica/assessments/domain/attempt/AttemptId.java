package org.practica.assessments.domain.attempt;

public record AttemptId(long value) {
}
