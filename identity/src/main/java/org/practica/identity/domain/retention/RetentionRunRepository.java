package org.practica.identity.domain.retention;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RetentionRunRepository {

    void add(RetentionRun run);

    Optional<RetentionRun> find(long id);

    /** The organisation's latest runs, newest first. */
    List<RetentionRun> ofOrganisation(long organisationId, int max);

    /** Runs approved but not finished: a restart resumes them. */
    List<RetentionRun> applying();

    /** Lists what a run would remove, in chunks numbered 1, 2, ... in this order. */
    void list(long runId, List<Chunk> chunks);

    /** The chunks after {@code afterOrdinal}, in order, at most {@code max}. */
    List<Chunk> chunks(long runId, int afterOrdinal, int max);

    /** How many records of each kind the run lists. */
    Map<String, Integer> counts(long runId);

    /** Up to a batch of ids of one kind of record. */
    record Chunk(int ordinal, String kind, List<Long> ids) {
    }
}
