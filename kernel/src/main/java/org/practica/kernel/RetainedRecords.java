package org.practica.kernel;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Records a module keeps that an organisation's retention rules may remove: the module says
 * which of its people's records have outlived a cut-off, and removes exactly those it is given.
 * The identity module plans and runs retention without knowing the modules.
 */
public interface RetainedRecords {

    /** The organisation's rule that governs these records. */
    enum Rule { MENTORING_TEXTS }

    Rule rule();

    /** A short name for the records, in run reports and the audit trail. */
    String kind();

    /** The ids of these people's records due for removal as of the cut-off, in id order. */
    List<Long> due(Collection<String> people, Instant cutoff);

    /** Removes the records (again without harm if already removed); how many changed. */
    int remove(List<Long> ids);
}
