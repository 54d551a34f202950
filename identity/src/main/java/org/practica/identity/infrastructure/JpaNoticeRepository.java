package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.notice.ConsentChoice;
import org.practica.identity.domain.notice.NoticeRepository;
import org.practica.identity.domain.notice.PrivacyNotice;
import org.practica.kernel.InstantColumn;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<PrivacyNotice> current() {
        return em.createQuery("select n from PrivacyNotice n order by n.version desc", PrivacyNotice.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(PrivacyNotice notice) {
        em.persist(notice);
    }

    @Override
    public OptionalInt acceptedBy(long accountId) {
        Object max = em.createNativeQuery("SELECT MAX(version) FROM notice_acceptance WHERE user_id = ?")
                .setParameter(1, accountId).getSingleResult();
        return max == null ? OptionalInt.empty() : OptionalInt.of(((Number) max).intValue());
    }

    @Override
    public void accept(long accountId, int version, Instant at) {
        // accepting twice (two tabs) keeps the first time
        em.createNativeQuery("INSERT IGNORE INTO notice_acceptance (user_id, version, accepted_at) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, version).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public List<Acceptance> acceptances(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT version, accepted_at FROM notice_acceptance WHERE user_id = ? ORDER BY version")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new Acceptance(((Number) r[0]).intValue(), InstantColumn.read(r[1]))).toList();
    }


    @Override
    public void choose(ConsentChoice choice) {
        em.persist(choice);
    }

    @Override
    public List<ConsentChoice> choices(long accountId) {
        return em.createQuery("select c from ConsentChoice c where c.userId = :u order by c.id", ConsentChoice.class)
                .setParameter("u", accountId).getResultList();
    }
}
