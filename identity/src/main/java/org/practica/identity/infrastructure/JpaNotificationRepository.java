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
    public Optional<Recipient> recipient(Username name) {
        return Optional.ofNullable(recipients(List.of(name.value())).get(name.value()));
    }

    @Override
    public java.util.Map<String, Recipient> recipients(java.util.Collection<String> names) {
        java.util.Map<String, Recipient> found = new java.util.HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        em.createQuery("select u.username, u.id, u.email from UserAccount u where u.username in :u", Object[].class)
                .setParameter("u", names).getResultList()
                .forEach(row -> found.put((String) row[0], new Recipient((Long) row[1], row[2] != null && !((String) row[2]).isBlank())));
        return found;
    }

    @Override
    public java.util.Set<String> toldBefore(java.util.Collection<Long> recipientIds, java.util.Collection<String> onceKeys) {
        java.util.Set<String> told = new java.util.HashSet<>();
        if (recipientIds.isEmpty() || onceKeys.isEmpty()) {
            return told;
        }
        em.createQuery("select n.recipientId, n.onceKey from Notification n where n.recipientId in :r and n.onceKey in :k", Object[].class)
                .setParameter("r", recipientIds).setParameter("k", onceKeys).getResultList()
                .forEach(row -> told.add(row[0] + " " + row[1]));
        return told;
    }

    @Override
    public void addAll(List<Notification> notices) {
        notices.forEach(em::persist);
        em.flush();
    }

    @Override
    public void add(Notification notice) {
        em.persist(notice);
        em.flush();
    }

    @Override
    public boolean toldBefore(long recipientId, String onceKey) {
        return !em.createQuery("select n.id from Notification n where n.recipientId = :r and n.onceKey = :k", Long.class)
                .setParameter("r", recipientId).setParameter("k", onceKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Notification> allOf(long recipientId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r order by n.id", Notification.class)
                .setParameter("r", recipientId).getResultList();
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
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public int readAll(Username recipient, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipientId = " + ACCOUNT + " and n.readAt is null")
                .setParameter("now", now).setParameter("u", recipient.value()).executeUpdate();
    }

    @Override
    public List<Long> awaitingDigest(int limit) {
        return em.createQuery("select distinct n.recipientId from Notification n where n.digestPending = true", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Notification> digestOf(long recipientId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.digestPending = true order by n.id", Notification.class)
                .setParameter("r", recipientId).getResultList();
    }

    @Override
    public List<Notification> inDigest(long mailId) {
        return em.createQuery("select n from Notification n where n.digestMailId = :m order by n.id", Notification.class)
                .setParameter("m", mailId).getResultList();
    }

    @Override
    public int intoDigest(long recipientId, long mailId) {
        return em.createQuery("update Notification n set n.digestMailId = :m, n.digestPending = false where n.recipientId = :r and n.digestPending = true")
                .setParameter("m", mailId).setParameter("r", recipientId).executeUpdate();
    }
}
