package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.retention.RetentionRun;
import org.practica.identity.domain.retention.RetentionRunRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaRetentionRunRepository implements RetentionRunRepository {

    /** Rows per INSERT statement when listing a run's items: a million items in a thousand statements. */
    private static final int ROWS_PER_INSERT = 1000;

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(RetentionRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public Optional<RetentionRun> find(long id) {
        return Optional.ofNullable(em.find(RetentionRun.class, id));
    }

    @Override
    public List<RetentionRun> ofOrganisation(long organisationId, int max) {
        return em.createQuery("select r from RetentionRun r where r.organisationId = :o order by r.id desc", RetentionRun.class)
                .setParameter("o", organisationId).setMaxResults(max).getResultList();
    }

    @Override
    public List<RetentionRun> applying() {
        return em.createQuery("select r from RetentionRun r where r.status = :s order by r.id", RetentionRun.class)
                .setParameter("s", RetentionRun.Status.APPLYING).getResultList();
    }

    @Override
    public void list(long runId, List<Item> items) {
        for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
            List<Item> some = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("INSERT INTO retention_item (run_id, ordinal, kind, ref_id) VALUES "
                    + some.stream().map(i -> "(?, ?, ?, ?)").collect(Collectors.joining(",")));
            int p = 1;
            for (Item i : some) {
                insert.setParameter(p++, runId);
                insert.setParameter(p++, i.ordinal());
                insert.setParameter(p++, i.kind());
                insert.setParameter(p++, i.refId());
            }
            insert.executeUpdate();
        }
    }

    @Override
    public List<Item> items(long runId, int afterOrdinal, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ordinal, kind, ref_id FROM retention_item WHERE run_id = ? AND ordinal > ? "
                        + "ORDER BY ordinal LIMIT " + max)
                .setParameter(1, runId).setParameter(2, afterOrdinal).getResultList();
        return rows.stream().map(r -> new Item(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    public Map<String, Integer> counts(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, COUNT(*) FROM retention_item WHERE run_id = ? GROUP BY kind ORDER BY kind")
                .setParameter(1, runId).getResultList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }
}
