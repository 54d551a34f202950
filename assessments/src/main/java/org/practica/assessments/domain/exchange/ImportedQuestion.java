package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.QuestionDefinition;

/** A question read from a file, with the line it starts on and the category it was filed under. */
public record ImportedQuestion(int line, CategoryPath category, QuestionDefinition definition) {
}
