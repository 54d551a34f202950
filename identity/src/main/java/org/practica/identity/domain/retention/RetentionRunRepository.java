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

    /** Lists the items of a run, in this order (ordinal 1, 2, ...). */
    void list(long runId, List<Item> items);

    /** Items after {@code afterOrdinal}, in order, at most {@code max}. */
    List<Item> items(long runId, int afterOrdinal, int max);

    /** How many items of each kind the run lists. */
    Map<String, Integer> counts(long runId);

    record Item(int ordinal, String kind, long refId) {
    }
}
