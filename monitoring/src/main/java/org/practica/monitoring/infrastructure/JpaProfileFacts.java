package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.monitoring.domain.profile.ProfileFactsRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaProfileFacts implements ProfileFactsRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<ProfileFacts> find(long personId) {
        return Optional.ofNullable(em.find(ProfileFacts.class, personId));
    }

    @Override
    public void save(ProfileFacts facts) {
        if (em.find(ProfileFacts.class, facts.personId()) == null) {
            em.persist(facts);
        }
    }

    @Override
    public boolean remove(long personId) {
        return em.createQuery("delete from ProfileFacts p where p.personId = :person").setParameter("person", personId).executeUpdate() > 0;
    }
}
