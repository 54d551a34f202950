package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.SecondFactor;
import org.practica.identity.domain.SecondFactorRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<SecondFactor> of(long userId) {
        return Optional.ofNullable(em.find(SecondFactor.class, userId));
    }

    @Override
    public void add(SecondFactor factor) {
        em.persist(factor);
    }

    @Override
    public java.util.List<SecondFactor> after(long userId, int max) {
        return em.createQuery("select f from SecondFactor f where f.userId > :u order by f.userId", SecondFactor.class)
                .setParameter("u", userId).setMaxResults(max).getResultList();
    }

    @Override
    public void remove(SecondFactor factor) {
        em.remove(factor);
        em.flush();
    }
}
