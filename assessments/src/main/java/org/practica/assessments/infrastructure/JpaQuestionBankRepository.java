package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.QuestionBank;
import org.practica.assessments.domain.bank.QuestionBankRepository;
import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionBankRepository implements QuestionBankRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<QuestionBank> find(BankId id) {
        return Optional.ofNullable(em.find(QuestionBank.class, id.value()));
    }

    @Override
    public List<QuestionBank> of(CourseId course) {
        return em.createQuery("select b from QuestionBank b where b.courseId = :c order by b.name", QuestionBank.class)
                .setParameter("c", course.value()).getResultList();
    }

    @Override
    public boolean nameTaken(CourseId course, String name) {
        return em.createQuery("select count(b) from QuestionBank b where b.courseId = :c and lower(b.name) = lower(:n)", Long.class)
                .setParameter("c", course.value()).setParameter("n", name.strip()).getSingleResult() > 0;
    }

    @Override
    public void remove(QuestionBank bank) {
        em.createQuery("delete from Question q where q.bankId = :b").setParameter("b", bank.id().value()).executeUpdate();
        em.remove(bank);
        em.flush();
    }

    @Override
    public void add(QuestionBank bank) {
        em.persist(bank);
        em.flush();
    }
}
