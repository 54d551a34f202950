package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.certificate.HeldCertificates;
import org.practica.monitoring.domain.certificate.HeldSpan;

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
        List<String> conditions = new ArrayList<>(List.of("c.valid_from <= ?", "c.valid_until >= ?", "(c.revoked_on IS NULL OR c.revoked_on > ?)"));
        parameters.add(Collections.max(days));
        parameters.add(Collections.min(days));
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
        // the spans that overlap the days are read; who held one on each day is the domain's rule (HeldSpan)
        Query query = em.createNativeQuery("SELECT c.person_id, c.valid_from, c.valid_until, c.revoked_on FROM counted_certificate c"
                + " JOIN monitored_person m ON m.person_id = c.person_id WHERE " + String.join(" AND ", conditions));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<HeldSpan> spans = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            spans.add(new HeldSpan(((Number) row[0]).longValue(), day(row[1]), day(row[2]), row[3] == null ? null : day(row[3])));
        }
        return HeldSpan.holders(spans, days);
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
