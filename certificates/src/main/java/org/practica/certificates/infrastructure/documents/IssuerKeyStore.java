package org.practica.certificates.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Rows of the issuer_key table, newest first. */
@ApplicationScoped
public class IssuerKeyStore {

    record Row(String kid, byte[] privateKey, byte[] certificate) {
    }

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kid, private_key, certificate FROM issuer_key ORDER BY created_at DESC, kid")
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (byte[]) r[1], (byte[]) r[2])).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String kid, byte[] privateKey, byte[] certificate, Instant at) {
        em.createNativeQuery("INSERT INTO issuer_key (kid, private_key, certificate, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, kid).setParameter(2, privateKey).setParameter(3, certificate).setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }
}
