package org.practica.identity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.AuditLog;

import java.time.Clock;
import java.util.List;

/** Records actions in the caller's transaction, so an action and its audit line commit together. */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subject, detail));
    }

    public List<AuditEvent> about(String subject, int max) {
        return em.createQuery("select e from AuditEvent e where e.subject = :s order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("s", subject).setMaxResults(max).getResultList();
    }
}
