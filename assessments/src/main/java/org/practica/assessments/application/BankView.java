package org.practica.assessments.application;

/** A question bank as trainers see it in lists. */
public record BankView(long id, long courseId, String name, long questions) {
}
