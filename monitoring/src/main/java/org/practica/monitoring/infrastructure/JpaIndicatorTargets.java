package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.monitoring.domain.IndicatorTarget;
import org.practica.monitoring.domain.IndicatorTargets;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIndicatorTargets implements IndicatorTargets {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(IndicatorTarget target) {
        em.persist(target);
        em.flush();
    }

    @Override
    public Optional<IndicatorTarget> find(long id) {
        return Optional.ofNullable(em.find(IndicatorTarget.class, id));
    }

    @Override
    public List<IndicatorTarget> all() {
        return em.createQuery("select t from IndicatorTarget t order by t.to desc, t.id desc", IndicatorTarget.class).getResultList();
    }

    @Override
    public void remove(IndicatorTarget target) {
        em.remove(target);
    }
}
