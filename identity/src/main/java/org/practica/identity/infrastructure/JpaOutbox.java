package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.notification.MailStatus;
import org.practica.identity.domain.notification.OutgoingMail;
import org.practica.identity.domain.notification.Outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
        em.flush();
    }

    @Override
    public void addAll(List<OutgoingMail> mails) {
        mails.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<OutgoingMail> to(long recipientId) {
        return em.createQuery("select m from OutgoingMail m where m.recipientId = :r order by m.id", OutgoingMail.class)
                .setParameter("r", recipientId).getResultList();
    }

    @Override
    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<OutgoingMail> takeDue(Instant now, int limit) {
        // the rows stay locked until the caller's transaction marks them taken; another server's
        // sender skips them instead of waiting, then finds them taken
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM outgoing_mail WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(OutgoingMail.class, id.longValue())).filter(m -> m != null).toList();
    }

    @Override
    public List<OutgoingMail> lostBefore(Instant before, int limit) {
        return em.createQuery("select m from OutgoingMail m where m.status = :s and m.claimedAt < :t order by m.id", OutgoingMail.class)
                .setParameter("s", MailStatus.SENDING).setParameter("t", before).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean hasDigest(long recipientId, LocalDate day) {
        return !em.createQuery("select m.id from OutgoingMail m where m.recipientId = :r and m.digestDay = :d", Long.class)
                .setParameter("r", recipientId).setParameter("d", day).getResultList().isEmpty();
    }

    private static final String IN_ORGANISATION =
            " m.recipientId in (select u.id from UserAccount u where u.organisation.id = :o and u.platformAdministrator = false)";

    @Override
    public List<OutgoingMail> latest(Optional<MailStatus> status, Optional<Long> organisation, int limit) {
        String where = status.map(s -> " where m.status = :s").orElse(" where 1 = 1") + organisation.map(o -> " and" + IN_ORGANISATION).orElse("");
        var query = em.createQuery("select m from OutgoingMail m" + where + " order by m.id desc", OutgoingMail.class);
        status.ifPresent(s -> query.setParameter("s", s));
        organisation.ifPresent(o -> query.setParameter("o", o));
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Map<MailStatus, Long> countByStatus(Optional<Long> organisation) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        var query = em.createQuery("select m.status, count(m) from OutgoingMail m" + organisation.map(o -> " where" + IN_ORGANISATION).orElse("")
                + " group by m.status", Object[].class);
        organisation.ifPresent(o -> query.setParameter("o", o));
        query.getResultList().forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }
}
