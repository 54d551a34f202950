package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.certificate.SerialNumbers;

/**
 * One counter row per body and year. The upsert takes the row's lock, which holds until the
 * issuing transaction ends: numbers are handed out one after another, and a rolled-back issue
 * rolls its increment back with it, so there are no gaps.
 */
@ApplicationScoped
public class JpaSerialNumbers implements SerialNumbers {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public long next(BodyId body, int year) {
        unflushed("INSERT INTO serial_counter (body_id, year, last_value) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, body.value()).setParameter(2, year).executeUpdate();
        Number last = (Number) unflushed("SELECT last_value FROM serial_counter WHERE body_id = ? AND year = ?")
                .setParameter(1, body.value()).setParameter(2, year).getSingleResult();
        return last.longValue();
    }

    /**
     * A native statement that does not make the persistence context flush first: these touch only
     * their own rows, and a flush before each would compare every managed entity every time.
     */
    private jakarta.persistence.Query unflushed(String sql) {
        return em.createNativeQuery(sql).setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }
}
