package org.practica.assessments.application;

import java.util.List;

/** A question after a trainer's edit, and the languages whose translation had to be dropped. */
public record RevisedQuestion(QuestionView question, List<String> translationsDropped) {
}
