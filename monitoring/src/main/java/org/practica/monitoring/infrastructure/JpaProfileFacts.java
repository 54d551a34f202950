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
        em.flush();
        retally(facts.personId());
    }

    @Override
    public boolean remove(long personId) {
        boolean removed = em.createQuery("delete from ProfileFacts p where p.personId = :person").setParameter("person", personId)
                .executeUpdate() > 0;
        retally(personId);
        return removed;
    }

    /**
     * The person's tallies, survey invitations and confidential replies are split by the facts they
     * stand by now, or by none once withdrawn.
     */
    private void retally(long personId) {
        for (String table : new String[]{"monitored_person", "survey_reach", "survey_reply"}) {
            em.createNativeQuery("UPDATE " + table + " m LEFT JOIN profile_fact p ON p.person_id = m.person_id SET m.sex = p.sex,"
                    + " m.age_band = p.age_band, m.region = p.region, m.profession = p.profession, m.organisation_type = p.organisation_type"
                    + " WHERE m.person_id = ?").setParameter(1, personId).executeUpdate();
        }
    }
}
