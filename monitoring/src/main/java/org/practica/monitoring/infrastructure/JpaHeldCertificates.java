package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.certificate.HeldCertificates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Held certificates in {@code counted_certificate} (V48), counted with their holder's summary row
 * ({@code monitored_person}): the organisation and facts a holder is counted by are the ones every
 * other people figure uses.
 */
@ApplicationScoped
public class JpaHeldCertificates implements HeldCertificates {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void hold(long certificateId, long person, long organisation, long bodyId, LocalDate issuedOn, LocalDate validFrom,
                     LocalDate validUntil, LocalDate revokedOn) {
        em.createNativeQuery("INSERT INTO counted_certificate (certificate_id, person_id, organisation_id, body_id, issued_on, valid_from,"
                        + " valid_until, revoked_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE valid_from = VALUES(valid_from),"
                        + " valid_until = VALUES(valid_until), revoked_on = VALUES(revoked_on)")
                .setParameter(1, certificateId).setParameter(2, person).setParameter(3, organisation).setParameter(4, bodyId)
                .setParameter(5, issuedOn).setParameter(6, validFrom).setParameter(7, validUntil).setParameter(8, revokedOn).executeUpdate();
    }

    @Override
    public long[] holders(CountFilter filter, List<LocalDate> days) {
        if (days.isEmpty()) {
            return new long[0];
        }
        List<Object> parameters = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (LocalDate day : days) {
            counts.add("COUNT(DISTINCT CASE WHEN c.valid_from <= ? AND c.valid_until >= ? AND (c.revoked_on IS NULL OR c.revoked_on > ?)"
                    + " THEN c.person_id END)");
            parameters.addAll(List.of(day, day, day));
        }
        List<String> conditions = new ArrayList<>(List.of("c.valid_from <= ?", "c.valid_until >= ?"));
        parameters.add(Collections.max(days));
        parameters.add(Collections.min(days));
        filter.organisation().ifPresent(o -> {
            conditions.add("m.organisation_id = ?");
            parameters.add(o);
        });
        if (filter.training().body().isPresent()) {
            // a body's own certificates, of a cohort's people when one is named
            conditions.add("c.body_id = ?");
            parameters.add(filter.training().body().getAsLong());
            if (filter.training().cohort().isPresent()) {
                ScopeConditions.people(filter.training(), "c.", conditions, parameters);
            }
        } else {
            ScopeConditions.people(filter.training(), "c.", conditions, parameters);
        }
        FactConditions.sql(filter.people(), "m.", conditions, parameters);
        Query query = em.createNativeQuery("SELECT " + String.join(", ", counts) + " FROM counted_certificate c"
                + " JOIN monitored_person m ON m.person_id = c.person_id WHERE " + String.join(" AND ", conditions));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Object result = query.getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[]{result};
        long[] holders = new long[days.size()];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return holders;
    }
}
