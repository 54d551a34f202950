package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.QuestionDefinition;

/** A question to write, with its category. */
public record ExportedQuestion(CategoryPath category, QuestionDefinition definition) {
}
