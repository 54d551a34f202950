package org.practica.assessments.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.Response;
import org.practica.kernel.JsonDocument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Resource(lookup = "jdbc/practica")
    DataSource database;

    @Override
    public Optional<QuizAttempt> find(AttemptId id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id.value()));
    }

    @Override
    public Optional<QuizAttempt> lock(AttemptId id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<QuizAttempt> of(long quizId, String learner) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.learner = :l order by a.number", QuizAttempt.class)
                .setParameter("q", quizId).setParameter("l", learner).getResultList();
    }

    @Override
    public List<QuizAttempt> byLearner(String learner) {
        return em.createQuery("select a from QuizAttempt a where a.learner = :l order by a.id", QuizAttempt.class)
                .setParameter("l", learner).getResultList();
    }

    @Override
    public List<QuizAttempt> ofCourse(long courseId) {
        return em.createQuery("select a from QuizAttempt a where a.courseId = :c order by a.id", QuizAttempt.class)
                .setParameter("c", courseId).getResultList();
    }

    @Override
    public boolean anyOf(long quizId) {
        return !em.createQuery("select a.id from QuizAttempt a where a.quizId = :q", Long.class)
                .setParameter("q", quizId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    @Override
    public boolean saveAnswerWhileOpen(AttemptId attempt, int slot, Response response, Instant at) {
        // The busiest write of the system, so plain JDBC: one statement in one round trip is the
        // status check, the first answer and a replaced one; outside a transaction it commits on
        // its own. No entity is involved, so the persistence context has nothing to miss.
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO attempt_answer (attempt_id, slot, response, saved_at, revisions) "
                     + "SELECT ?, ?, ?, ?, 1 FROM quiz_attempt WHERE id = ? AND status = 'IN_PROGRESS' LOCK IN SHARE MODE "
                     // the answer given last wins, by the devices' times: an answer held offline
                     // and sent late does not undo a newer one (MariaDB assigns left to right)
                     + "ON DUPLICATE KEY UPDATE "
                     + "response = IF(attempt_answer.saved_at IS NULL OR VALUES(saved_at) >= attempt_answer.saved_at, VALUES(response), attempt_answer.response), "
                     + "saved_at = GREATEST(COALESCE(attempt_answer.saved_at, VALUES(saved_at)), VALUES(saved_at)), "
                     + "revisions = attempt_answer.revisions + 1")) {
            insert.setLong(1, attempt.value());
            insert.setInt(2, slot);
            insert.setString(3, JsonDocument.write(response, Response.class));
            insert.setTimestamp(4, Timestamp.from(at));
            insert.setLong(5, attempt.value());
            return insert.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("Could not save the answer to question " + slot + " of attempt " + attempt.value(), e);
        }
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
    public List<AttemptId> closingBefore(Instant until, int max) {
        return em.createQuery("select a.id from QuizAttempt a where a.status = :s and a.closingTold = false and a.deadline <= :t "
                        + "order by a.deadline", Long.class)
                .setParameter("s", AttemptStatus.IN_PROGRESS).setParameter("t", until)
                .setMaxResults(max).getResultList().stream().map(AttemptId::new).toList();
    }

    @Override
    public java.util.Set<String> learnersWhoBegan(long quizId) {
        return new java.util.HashSet<>(em.createQuery("select distinct a.learner from QuizAttempt a where a.quizId = :q and a.status <> org.practica.assessments.domain.attempt.AttemptStatus.PREPARED", String.class)
                .setParameter("q", quizId).getResultList());
    }

    @Override
    public java.util.Map<Long, Long> waitingForGrading(Instant before) {
        java.util.Map<Long, Long> waiting = new java.util.HashMap<>();
        em.createQuery("select a.courseId, count(a) from QuizAttempt a where a.status = :s and a.submittedAt < :t group by a.courseId", Object[].class)
                .setParameter("s", org.practica.assessments.domain.attempt.AttemptStatus.NEEDS_GRADING).setParameter("t", before)
                .getResultList().forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        return waiting;
    }

    @Override
    public List<AttemptId> overdue(Instant now, int max) {
        return em.createQuery("select a.id from QuizAttempt a where a.status = :s and a.deadline < :t order by a.deadline", Long.class)
                .setParameter("s", AttemptStatus.IN_PROGRESS).setParameter("t", now.minus(QuizAttempt.RECONNECTION))
                .setMaxResults(max).getResultList().stream().map(AttemptId::new).toList();
    }
}
