package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuizRepository implements QuizRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Quiz> find(QuizId id) {
        return Optional.ofNullable(em.find(Quiz.class, id.value()));
    }

    @Override
    public List<Quiz> closingBetween(java.time.Instant from, java.time.Instant to) {
        // when a quiz closes is in its settings document; an installation has hundreds of quizzes, not millions
        return em.createQuery("select q from Quiz q order by q.id", Quiz.class).getResultList().stream()
                .filter(q -> q.settings().closesAt() != null && q.settings().closesAt().isAfter(from) && !q.settings().closesAt().isAfter(to))
                .toList();
    }

    @Override
    public List<Quiz> of(CourseId course) {
        return em.createQuery("select q from Quiz q where q.courseId = :c order by q.id", Quiz.class)
                .setParameter("c", course.value()).getResultList();
    }

    @Override
    public List<Quiz> drawingFrom(org.practica.assessments.domain.bank.BankId bank) {
        return em.createQuery("select q from Quiz q where q.bankId = :b order by q.id", Quiz.class)
                .setParameter("b", bank.value()).getResultList();
    }

    @Override
    public void add(Quiz quiz) {
        em.persist(quiz);
        em.flush();
    }
}
