package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.practica.assessments.domain.JsonDocument;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptLock;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.Response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<QuizAttempt> find(AttemptId id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id.value()));
    }

    @Override
    public Optional<QuizAttempt> lock(AttemptId id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<AttemptLock> forSaving(AttemptId id) {
        // three small columns instead of the whole attempt with its copy of the questions
        List<?> rows = em.createNativeQuery("SELECT learner, status, deadline FROM quiz_attempt WHERE id = ? LOCK IN SHARE MODE")
                .setParameter(1, id.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant deadline = row[2] == null ? null : ((Timestamp) row[2]).toInstant();
        return Optional.of(new AttemptLock((String) row[0], AttemptStatus.valueOf((String) row[1]), deadline));
    }

    @Override
    public List<QuizAttempt> of(long quizId, String learner) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.learner = :l order by a.number", QuizAttempt.class)
                .setParameter("q", quizId).setParameter("l", learner).getResultList();
    }

    @Override
    public List<QuizAttempt> ofCourse(long courseId) {
        return em.createQuery("select a from QuizAttempt a where a.courseId = :c order by a.id", QuizAttempt.class)
                .setParameter("c", courseId).getResultList();
    }

    @Override
    public void add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    @Override
    public void saveAnswer(AttemptId attempt, int slot, Response response, Instant at) {
        // one statement: inserting the first answer and replacing a later one are the same write
        em.createNativeQuery("INSERT INTO attempt_answer (attempt_id, slot, response, saved_at, revisions) VALUES (?, ?, ?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE response = VALUES(response), saved_at = VALUES(saved_at), revisions = revisions + 1")
                .setParameter(1, attempt.value()).setParameter(2, slot)
                .setParameter(3, JsonDocument.write(response, Response.class)).setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public List<AttemptAnswer> answers(AttemptId attempt) {
        return em.createQuery("select a from AttemptAnswer a where a.attemptId = :a order by a.slot", AttemptAnswer.class)
                .setParameter("a", attempt.value()).getResultList();
    }

    @Override
    public void keep(List<AttemptAnswer> graded) {
        for (AttemptAnswer a : graded) {
            if (!em.contains(a)) {
                em.persist(a);
            }
        }
    }

    @Override
    public List<AttemptId> overdue(Instant now, int max) {
        return em.createQuery("select a.id from QuizAttempt a where a.status = :s and a.deadline < :t order by a.deadline", Long.class)
                .setParameter("s", AttemptStatus.IN_PROGRESS).setParameter("t", now.minus(QuizAttempt.GRACE))
                .setMaxResults(max).getResultList().stream().map(AttemptId::new).toList();
    }
}
