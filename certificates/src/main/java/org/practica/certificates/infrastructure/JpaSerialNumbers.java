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
        NativeStatements.unflushed(em, "INSERT INTO serial_counter (body_id, year, last_value) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, body.value()).setParameter(2, year).executeUpdate();
        Number last = (Number) NativeStatements.unflushed(em, "SELECT last_value FROM serial_counter WHERE body_id = ? AND year = ?")
                .setParameter(1, body.value()).setParameter(2, year).getSingleResult();
        return last.longValue();
    }
}
