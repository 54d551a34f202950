package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.enrollment.CompletionRequirements;

import java.util.List;

/** What the courses module asks before it records a completion: the required quizzes not yet passed. */
@ApplicationScoped
public class QuizCompletion implements CompletionRequirements {

    @Inject
    QuizRepository quizzes;

    @Inject
    AttemptRepository attempts;

    @Override
    public List<String> unmet(CourseId course, int version, String learner) {
        return quizzes.of(course).stream()
                .filter(Quiz::required)
                .filter(q -> attempts.of(q.id().value(), learner).stream().noneMatch(a -> Boolean.TRUE.equals(a.passed())))
                .map(Quiz::title)
                .toList();
    }
}
