package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.kernel.Discipline;
import org.practica.mentoring.domain.competency.Competency;
import org.practica.mentoring.domain.competency.CompetencyRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompetencyRepository implements CompetencyRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public List<Competency> of(Discipline discipline) {
        return em.createQuery("select c from Competency c where c.discipline = :d order by c.code", Competency.class)
                .setParameter("d", discipline).getResultList();
    }

    @Override
    public Optional<Competency> find(Discipline discipline, String code) {
        return Optional.ofNullable(em.find(Competency.class, new Competency.Key(discipline, code)));
    }

    @Override
    public void add(Competency competency) {
        em.persist(competency);
    }
}
