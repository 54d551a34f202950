package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.courses.domain.audience.AudienceTrack;
import org.practica.courses.domain.audience.AudienceTrackRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAudienceTrackRepository implements AudienceTrackRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public List<AudienceTrack> all() {
        return em.createQuery("select a from AudienceTrack a order by a.code", AudienceTrack.class).getResultList();
    }

    @Override
    public Optional<AudienceTrack> find(String code) {
        return Optional.ofNullable(em.find(AudienceTrack.class, code));
    }

    @Override
    public void add(AudienceTrack track) {
        em.persist(track);
        em.flush();
    }
}
