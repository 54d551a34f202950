package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Question> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public List<Question> of(BankId bank) {
        return em.createQuery("select q from Question q where q.bankId = :b order by q.category, q.id", Question.class)
                .setParameter("b", bank.value()).getResultList();
    }

    @Override
    public void add(Question question) {
        em.persist(question);
        em.flush();   // ids follow the order questions were added in; a commit would insert them in any order
    }

    @Override
    public long count(BankId bank) {
        return em.createQuery("select count(q) from Question q where q.bankId = :b", Long.class)
                .setParameter("b", bank.value()).getSingleResult();
    }
}
