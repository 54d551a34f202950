package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRelationshipRepository implements RelationshipRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<MentoringRelationship> find(long id) {
        return Optional.ofNullable(em.find(MentoringRelationship.class, id));
    }

    @Override
    public Optional<MentoringRelationship> lock(long id) {
        return Optional.ofNullable(em.find(MentoringRelationship.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<MentoringRelationship> involving(String username) {
        return em.createQuery("select r from MentoringRelationship r where r.supervisor = :u or r.mentee = :u order by r.id desc",
                MentoringRelationship.class).setParameter("u", username).getResultList();
    }

    @Override
    public List<MentoringRelationship> ofMentees(List<String> mentees) {
        if (mentees.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from MentoringRelationship r where r.mentee in :m order by r.id desc", MentoringRelationship.class)
                .setParameter("m", mentees).getResultList();
    }

    @Override
    public void add(MentoringRelationship relationship) {
        em.persist(relationship);
        em.flush();
    }
}
