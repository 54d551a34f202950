package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.courses.domain.cohort.Cohort;
import org.practica.courses.domain.cohort.CohortRepository;
import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    @Override
    public void add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
    }

    @Override
    public List<Cohort> of(CourseId course) {
        return em.createQuery("select c from Cohort c where c.courseId = :c order by c.startsOn desc", Cohort.class)
                .setParameter("c", course.value()).getResultList();
    }
}
