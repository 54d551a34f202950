package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.SignInRecords;
import org.practica.kernel.InstantColumn;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaSignInRecords implements SignInRecords {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    /** A transaction of its own: signing in holds none around the password check. */
    @Override
    @Transactional
    public void record(String username, String address, Instant at) {
        em.createNativeQuery("INSERT INTO sign_in_event (user_id, signed_in_at, address) SELECT id, ?, ? FROM app_user WHERE username = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, address == null || address.length() > 45 ? null : address)
                .setParameter(3, username).executeUpdate();
        // an account in use again is no longer inactive
        em.createNativeQuery("UPDATE app_user SET inactive_since = NULL WHERE username = ? AND inactive_since IS NOT NULL")
                .setParameter(1, username).executeUpdate();
    }

    @Override
    public List<SignInRecord> of(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT signed_in_at, address FROM sign_in_event WHERE user_id = ? ORDER BY signed_in_at DESC, id DESC")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new SignInRecord(InstantColumn.read(r[0]), (String) r[1])).toList();
    }
}
