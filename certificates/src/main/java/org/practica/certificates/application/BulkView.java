package org.practica.certificates.application;

import org.practica.certificates.domain.bulk.BulkIssuance;
import org.practica.certificates.domain.bulk.BulkOutcome;
import org.practica.certificates.domain.bulk.BulkStatus;

import java.time.Instant;
import java.util.Map;

/**
 * A bulk run as a registrar follows it: how many people, how many processed, issued and printed,
 * how far along, and why the others were not issued (already held, requirements unmet, programme
 * closed).
 */
public record BulkView(long id, long programmeId, String programmeTitle, long cohortId, String cohortName, BulkStatus status, int total,
                       int processed, int issued, int printed, int percent, String requestedBy, Instant requestedAt,
                       Instant startedAt, Instant finishedAt, long alreadyHeld, long requirementsUnmet, long programmeClosed) {

    static BulkView of(BulkIssuance b, String programmeTitle, Map<BulkOutcome, Long> outcomes) {
        return new BulkView(b.id(), b.programmeId().value(), programmeTitle, b.cohortId(), b.cohortName(), b.status(), b.total(),
                b.processed(), b.issued(), b.printed(), b.percent(), b.requestedBy(), b.requestedAt(), b.startedAt(), b.finishedAt(),
                outcomes.getOrDefault(BulkOutcome.HELD, 0L), outcomes.getOrDefault(BulkOutcome.UNMET, 0L),
                outcomes.getOrDefault(BulkOutcome.CLOSED, 0L));
    }
}
