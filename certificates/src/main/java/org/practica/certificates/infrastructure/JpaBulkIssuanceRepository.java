package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.bulk.BulkIssuance;
import org.practica.certificates.domain.bulk.BulkIssuanceRepository;
import org.practica.certificates.domain.bulk.BulkOutcome;
import org.practica.certificates.domain.bulk.BulkStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaBulkIssuanceRepository implements BulkIssuanceRepository {

    private static final int INSERT_BATCH = 500;

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(BulkIssuance run, List<String> people) {
        em.persist(run);
        em.flush();
        for (int from = 0; from < people.size(); from += INSERT_BATCH) {
            List<String> slice = people.subList(from, Math.min(people.size(), from + INSERT_BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO bulk_issuance_person (bulk_id, position, person) VALUES ");
            for (int i = 0; i < slice.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?)");
            }
            var insert = NativeStatements.unflushed(em, sql.toString());
            int p = 1;
            for (int i = 0; i < slice.size(); i++) {
                insert.setParameter(p++, run.id()).setParameter(p++, from + i).setParameter(p++, slice.get(i));
            }
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<BulkIssuance> find(long id) {
        BulkIssuance run = em.find(BulkIssuance.class, id);
        if (run != null) {
            // the counters move by SQL increments the persistence context does not see
            em.refresh(run);
        }
        return Optional.ofNullable(run);
    }

    @Override
    public List<BulkIssuance> ofBody(BodyId body) {
        List<BulkIssuance> runs = em.createQuery("select b from BulkIssuance b where b.bodyId = :b order by b.id desc", BulkIssuance.class)
                .setParameter("b", body.value()).setMaxResults(50).getResultList();
        runs.forEach(em::refresh);
        return runs;
    }

    @Override
    public List<BulkIssuance> unfinished() {
        return em.createQuery("select b from BulkIssuance b where b.status <> :done order by b.id", BulkIssuance.class)
                .setParameter("done", BulkStatus.COMPLETED).getResultList();
    }

    @Override
    public List<Pending> pendingPeople(long run, int afterPosition, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeStatements.unflushed(em, "SELECT position, person FROM bulk_issuance_person WHERE bulk_id = ? AND position > ? "
                        + "AND outcome IS NULL ORDER BY position LIMIT ?").setParameter(1, run).setParameter(2, afterPosition)
                .setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Pending(((Number) r[0]).intValue(), (String) r[1])).toList();
    }

    @Override
    public void markStarted(long run, Instant at) {
        NativeStatements.unflushed(em, "UPDATE bulk_issuance SET status = 'RUNNING', started_at = COALESCE(started_at, ?) WHERE id = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, run).executeUpdate();
    }

    @Override
    public void recordOutcomes(long run, Map<BulkOutcome, List<String>> outcomes) {
        outcomes.forEach((outcome, people) -> mark(run, people, outcome.name()));
        int processed = outcomes.values().stream().mapToInt(List::size).sum();
        int issued = outcomes.getOrDefault(BulkOutcome.ISSUED, List.of()).size();
        NativeStatements.unflushed(em, "UPDATE bulk_issuance SET processed = processed + ?, issued = issued + ? WHERE id = ?")
                .setParameter(1, processed).setParameter(2, issued).setParameter(3, run).executeUpdate();
    }

    @Override
    public Map<BulkOutcome, Long> outcomeCounts(long run) {
        Map<BulkOutcome, Long> counts = new EnumMap<>(BulkOutcome.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT outcome, COUNT(*) FROM bulk_issuance_person WHERE bulk_id = ? "
                + "AND outcome IS NOT NULL GROUP BY outcome").setParameter(1, run).getResultList();
        for (Object[] row : rows) {
            counts.put(BulkOutcome.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private void mark(long run, List<String> people, String outcome) {
        if (people.isEmpty()) {
            return;
        }
        var update = NativeStatements.unflushed(em, "UPDATE bulk_issuance_person SET outcome = ? WHERE bulk_id = ? AND person IN ("
                + "?,".repeat(people.size() - 1) + "?)");
        update.setParameter(1, outcome).setParameter(2, run);
        for (int i = 0; i < people.size(); i++) {
            update.setParameter(3 + i, people.get(i));
        }
        update.executeUpdate();
    }

    @Override
    public List<Long> unprinted(long run, int partition, int partitions, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = NativeStatements.unflushed(em, "SELECT c.id FROM certificate c LEFT JOIN certificate_document d ON d.certificate_id = c.id "
                        + "WHERE c.bulk_id = ? AND c.id > ? AND d.certificate_id IS NULL AND MOD(c.id, ?) = ? ORDER BY c.id LIMIT ?")
                .setParameter(1, run).setParameter(2, afterId).setParameter(3, partitions).setParameter(4, partition).setParameter(5, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public void countPrinted(long run, int count) {
        NativeStatements.unflushed(em, "UPDATE bulk_issuance SET printed = printed + ? WHERE id = ?").setParameter(1, count).setParameter(2, run)
                .executeUpdate();
    }

    @Override
    public void markCompleted(long run, Instant at) {
        NativeStatements.unflushed(em, "UPDATE bulk_issuance SET status = 'COMPLETED', finished_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, run).executeUpdate();
    }
}
