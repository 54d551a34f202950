package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;

import java.util.Comparator;
import java.util.Optional;

/** Quiz results as the certificates module asks for them; attempts still waiting for a grade do not count. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuizResults implements QuizResultRecord {

    @Inject
    QuizRepository quizzes;

    @Inject
    AttemptRepository attempts;

    @Override
    public Optional<String> title(long quizId) {
        return quizzes.find(new QuizId(quizId)).map(Quiz::title);
    }

    @Override
    public java.util.List<QuizTitle> ofCourse(long courseId) {
        return quizzes.of(new org.practica.courses.domain.course.CourseId(courseId)).stream()
                .map(q -> new QuizTitle(q.id().value(), q.title())).toList();
    }

    @Override
    public Optional<BestAttempt> best(String person, long quizId) {
        return attempts.of(quizId, person).stream()
                .filter(a -> a.percent() != null && a.passed() != null)
                .max(Comparator.comparing(QuizAttempt::percent).thenComparing(QuizAttempt::submittedAt, Comparator.reverseOrder()))
                .map(a -> new BestAttempt(a.percent(), a.passed(), a.submittedAt()));
    }
}
