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

    /** Chunks per INSERT statement: a review of a million records is ten statements. */
    private static final int CHUNKS_PER_INSERT = 100;

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
    public void list(long runId, List<Chunk> chunks) {
        for (int from = 0; from < chunks.size(); from += CHUNKS_PER_INSERT) {
            List<Chunk> some = chunks.subList(from, Math.min(chunks.size(), from + CHUNKS_PER_INSERT));
            var insert = em.createNativeQuery("INSERT INTO retention_chunk (run_id, ordinal, kind, size, ref_ids) VALUES "
                    + some.stream().map(c -> "(?, ?, ?, ?, ?)").collect(Collectors.joining(",")));
            int p = 1;
            for (Chunk c : some) {
                insert.setParameter(p++, runId);
                insert.setParameter(p++, c.ordinal());
                insert.setParameter(p++, c.kind());
                insert.setParameter(p++, c.ids().size());
                insert.setParameter(p++, c.ids().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            insert.executeUpdate();
        }
    }

    @Override
    public List<Chunk> chunks(long runId, int afterOrdinal, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ordinal, kind, ref_ids FROM retention_chunk WHERE run_id = ? AND ordinal > ? "
                        + "ORDER BY ordinal LIMIT " + max)
                .setParameter(1, runId).setParameter(2, afterOrdinal).getResultList();
        return rows.stream().map(r -> new Chunk(((Number) r[0]).intValue(), (String) r[1],
                java.util.Arrays.stream(((String) r[2]).split(",")).map(Long::valueOf).toList())).toList();
    }

    @Override
    public Map<String, Integer> counts(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, SUM(size) FROM retention_chunk WHERE run_id = ? GROUP BY kind ORDER BY kind")
                .setParameter(1, runId).getResultList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }
}
