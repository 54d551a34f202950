package org.practica.certificates.application;

import org.practica.certificates.domain.bulk.BulkIssuance;
import org.practica.certificates.domain.bulk.BulkStatus;

import java.time.Instant;

/** A bulk run as a registrar follows it: how many people, how many processed, issued and printed, and how far along. */
public record BulkView(long id, long programmeId, String programmeTitle, long cohortId, String cohortName, BulkStatus status, int total,
                       int processed, int issued, int printed, int percent, String requestedBy, Instant requestedAt,
                       Instant startedAt, Instant finishedAt) {

    static BulkView of(BulkIssuance b, String programmeTitle) {
        return new BulkView(b.id(), b.programmeId().value(), programmeTitle, b.cohortId(), b.cohortName(), b.status(), b.total(),
                b.processed(), b.issued(), b.printed(), b.percent(), b.requestedBy(), b.requestedAt(), b.startedAt(), b.finishedAt());
    }
}
