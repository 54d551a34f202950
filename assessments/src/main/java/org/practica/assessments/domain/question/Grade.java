package org.practica.assessments.domain.question;

import java.util.List;

/**
 * The outcome of grading one response: the credit earned (null while an essay waits for a
 * trainer) and the feedback of the answers it matched.
 */
public record Grade(Credit credit, List<FormattedText> feedback) {

    public Grade {
        feedback = feedback == null ? List.of() : feedback.stream().filter(f -> !f.blank()).toList();
    }

    public static Grade pending() {
        return new Grade(null, List.of());
    }

    public boolean isPending() {
        return credit == null;
    }
}
