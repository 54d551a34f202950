package org.practica.assessments.application;

import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizSettings;
import org.practica.assessments.domain.quiz.QuizSlot;

import java.util.List;

/** A quiz with its settings, as trainers and learners see it before an attempt. */
public record QuizView(long id, long courseId, String moduleKey, long bankId, String title, boolean required,
                       QuizSettings settings, List<QuizSlot> slots, Long pretestOf) {

    static QuizView of(Quiz q) {
        return new QuizView(q.id().value(), q.courseId().value(), q.moduleKey().value(), q.bankId().value(), q.title(),
                q.required(), q.settings(), q.slots(), q.pretestFor().map(QuizId::value).orElse(null));
    }
}
