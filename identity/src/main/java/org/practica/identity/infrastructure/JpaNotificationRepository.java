package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notification.Notification;
import org.practica.identity.domain.notification.NotificationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    private static final String ACCOUNT = "(select u.id from UserAccount u where u.username = :u)";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public boolean tell(Username recipient, Notification.Draft notice, Instant now) {
        List<Long> account = em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", recipient.value()).getResultList();
        if (account.isEmpty()) {
            return false;
        }
        em.persist(new Notification(account.get(0), notice, now));
        return true;
    }

    @Override
    public List<Notification> of(Username recipient, int limit) {
        return em.createQuery("select n from Notification n where n.recipientId = " + ACCOUNT + " order by n.id desc", Notification.class)
                .setParameter("u", recipient.value()).setMaxResults(limit).getResultList();
    }

    @Override
    public long unread(Username recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = " + ACCOUNT + " and n.readAt is null", Long.class)
                .setParameter("u", recipient.value()).getSingleResult();
    }

    @Override
    public Optional<Notification> find(Username recipient, long id) {
        return em.createQuery("select n from Notification n where n.id = :id and n.recipientId = " + ACCOUNT, Notification.class)
                .setParameter("id", id).setParameter("u", recipient.value()).getResultStream().findFirst();
    }

    @Override
    public int readAll(Username recipient, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipientId = " + ACCOUNT + " and n.readAt is null")
                .setParameter("now", now).setParameter("u", recipient.value()).executeUpdate();
    }
}
