package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.retention.AccountRetention;
import org.practica.kernel.IdList;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaAccountRetention implements AccountRetention {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public List<Long> unusedSince(long organisationId, Instant cutoff) {
        return ids(em.createNativeQuery("SELECT u.id FROM app_user u LEFT JOIN (SELECT user_id, MAX(signed_in_at) AS last_at "
                        + "FROM sign_in_event GROUP BY user_id) s ON s.user_id = u.id WHERE u.organisation_id = ? "
                        + "AND u.inactive_since IS NULL AND COALESCE(s.last_at, u.created_at) < ? ORDER BY u.id")
                .setParameter(1, organisationId).setParameter(2, Timestamp.from(cutoff)).getResultList());
    }

    @Override
    public int flagInactive(List<Long> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE app_user SET inactive_since = ? WHERE inactive_since IS NULL AND id IN ("
                + IdList.of(accountIds) + ")").setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public List<Long> signInsBefore(long organisationId, Instant cutoff) {
        return ids(em.createNativeQuery("SELECT e.id FROM sign_in_event e JOIN app_user u ON u.id = e.user_id "
                        + "WHERE u.organisation_id = ? AND e.signed_in_at < ? ORDER BY e.id")
                .setParameter(1, organisationId).setParameter(2, Timestamp.from(cutoff)).getResultList());
    }

    @Override
    public int forgetSignIns(List<Long> signInIds) {
        if (signInIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM sign_in_event WHERE id IN (" + IdList.of(signInIds) + ")").executeUpdate();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
