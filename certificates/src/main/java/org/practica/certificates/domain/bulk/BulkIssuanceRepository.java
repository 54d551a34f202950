package org.practica.certificates.domain.bulk;

import org.practica.certificates.domain.body.BodyId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk runs and their people. Counters move by increments inside the job's chunk transactions, so
 * what they say always matches what was committed.
 */
public interface BulkIssuanceRepository {

    void add(BulkIssuance run, List<String> people);

    Optional<BulkIssuance> find(long id);

    List<BulkIssuance> ofBody(BodyId body);

    /** Runs a crash may have interrupted: queued or running. */
    List<BulkIssuance> unfinished();

    /** People not yet processed, in order, after a position (-1 for the first). */
    List<Pending> pendingPeople(long run, int afterPosition, int limit);

    record Pending(int position, String person) {
    }

    void markStarted(long run, Instant at);

    /** Records each person's outcome and moves the counters, in the caller's transaction. */
    void recordOutcomes(long run, Map<BulkOutcome, List<String>> outcomes);

    /** How many people of the run had each outcome so far. */
    Map<BulkOutcome, Long> outcomeCounts(long run);

    /** Certificates of the run still without their PDF after an id, those whose id falls in the partition. */
    List<Long> unprinted(long run, int partition, int partitions, long afterId, int limit);

    void countPrinted(long run, int count);

    void markCompleted(long run, Instant at);
}
