package org.practica.identity.domain.retention;

import java.time.Instant;
import java.util.List;

/** Identity's own records under retention: accounts unused for years, and old sign-ins. */
public interface AccountRetention {

    /** Accounts of the organisation not yet flagged whose last sign-in (or creation) is before the cut-off. */
    List<Long> unusedSince(long organisationId, Instant cutoff);

    /** Flags the accounts inactive; how many were not flagged yet. */
    int flagInactive(List<Long> accountIds, Instant now);

    /** Sign-ins of the organisation's people before the cut-off. */
    List<Long> signInsBefore(long organisationId, Instant cutoff);

    int forgetSignIns(List<Long> signInIds);
}
