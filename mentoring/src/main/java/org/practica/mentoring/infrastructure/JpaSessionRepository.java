package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<SupervisionSession> find(long id) {
        return Optional.ofNullable(em.find(SupervisionSession.class, id));
    }

    @Override
    public List<SupervisionSession> ofRelationship(long relationshipId) {
        return em.createQuery("select s from SupervisionSession s where s.relationshipId = :r order by s.startsAt, s.id",
                SupervisionSession.class).setParameter("r", relationshipId).getResultList();
    }

    @Override
    public List<SupervisionSession> withTextsToReseal() {
        // a plain reason is written "reason":"…" in the JSON; one sealed with the installation key alone starts gcm1:
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM supervision_session WHERE amendments LIKE ? OR amendments LIKE ? "
                        + "OR reflection_sealed LIKE ? OR notes_sealed LIKE ?")
                .setParameter(1, "%\"reason\":\"%").setParameter(2, "%\"gcm1:%")
                .setParameter(3, "gcm1:%").setParameter(4, "gcm1:%").getResultList();
        return ids.stream().map(id -> em.find(SupervisionSession.class, id.longValue())).toList();
    }

    @Override
    public void add(SupervisionSession session) {
        em.persist(session);
        em.flush();
    }

    @Override
    public List<org.practica.mentoring.domain.session.SignOffDue> waitingForSignOff(java.time.Instant before, long afterId, int limit) {
        return em.createQuery("select s.id, s.supervisor, s.confirmedAt from SupervisionSession s where s.status = :s and s.confirmedAt < :t "
                        + "and s.id > :after order by s.id", Object[].class)
                .setParameter("s", org.practica.mentoring.domain.session.SessionStatus.CONFIRMED).setParameter("t", before)
                .setParameter("after", afterId).setMaxResults(limit).getResultList().stream()
                .map(r -> new org.practica.mentoring.domain.session.SignOffDue((Long) r[0], (String) r[1], (java.time.Instant) r[2])).toList();
    }
}
