package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("select o from Organisation o where o.name = :n", Organisation.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }
}
