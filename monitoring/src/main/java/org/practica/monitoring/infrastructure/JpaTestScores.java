package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.practica.kernel.ScoredAttempt.TestPhase;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.test.ScoredQuiz;
import org.practica.monitoring.domain.test.TestScore;
import org.practica.monitoring.domain.test.TestScores;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scores read on the indexes of V41: by pair and side, and by day. */
@ApplicationScoped
public class JpaTestScores implements TestScores {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Inject
    JpaCountedEvents tallies;

    /** Kept, and marked in the person's summary row: they sat a graded quiz that month, and passed one. */
    @Override
    public void add(TestScore score) {
        em.persist(score);
        int month = score.day().getYear() * 100 + score.day().getMonthValue();
        tallies.mark(score.personId(), score.organisationId(), month, score.passed() ? new String[]{"attempted", "passed"} : new String[]{"attempted"});
    }

    @Override
    public void name(long quizId, long courseId, String courseTitle, String quizTitle) {
        ScoredQuiz known = em.find(ScoredQuiz.class, quizId);
        if (known == null) {
            em.persist(new ScoredQuiz(quizId, courseId, courseTitle, quizTitle));
        } else {
            known.retitle(courseTitle, quizTitle);
        }
    }

    @Override
    public Map<Long, ScoredQuiz> quizzes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select q from ScoredQuiz q where q.quizId in :ids", ScoredQuiz.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(ScoredQuiz::quizId, Function.identity()));
    }

    @Override
    public List<TestScore> pairedForPostTestsIn(CountFilter filter) {
        String text = "select s from TestScore s where s.pairId is not null and exists ("
                + "select p.id from TestScore p where p.pairId = s.pairId and p.personId = s.personId and p.phase = :post and "
                + within(filter) + ")";
        TypedQuery<TestScore> query = em.createQuery(text, TestScore.class).setParameter("post", TestPhase.POST);
        return bound(query, text, filter).getResultList();
    }

    /** A filter's conditions on the scores {@code p}: the period, organisation, training and facts. */
    private static String within(CountFilter filter) {
        return "p.day between :from and :to"
                + (filter.organisation().isPresent() ? " and p.organisationId = :organisation" : "")
                + ScopeConditions.jpqlCourseBound(filter.training(), "p")
                + (filter.people().anyone() ? "" : " and p.personId in (select f.personId from ProfileFacts f where "
                + FactConditions.jpql(filter.people()) + ")");
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query, String text, CountFilter filter) {
        query.setParameter("from", filter.from()).setParameter("to", filter.to());
        filter.organisation().ifPresent(o -> query.setParameter("organisation", o));
        ScopeConditions.bind(em, query, text, filter.training());
        FactConditions.bind(query, filter.people());
        return query;
    }
}
