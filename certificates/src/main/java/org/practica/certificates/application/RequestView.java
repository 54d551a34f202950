package org.practica.certificates.application;

import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestStatus;

import java.time.Instant;
import java.util.List;

/**
 * A request for a certificate. While it waits, {@code evidence} sets each of the programme's
 * requirements beside what the person has done, so a registrar decides on what is there today.
 */
public record RequestView(long id, long programmeId, String programmeTitle, String person, String personName, String kind,
                          Long previousId, RequestStatus status, Instant requestedAt, String decidedBy, Instant decidedAt, String note,
                          Long certificateId, List<CheckView> evidence) {

    static RequestView of(CertificateRequest r, String programmeTitle, String personName, List<CheckView> evidence) {
        return new RequestView(r.id(), r.programmeId().value(), programmeTitle, r.person(), personName, r.kind().name(),
                r.previousId() == null ? null : r.previousId().value(), r.status(), r.requestedAt(), r.decidedBy(),
                r.decidedAt(), r.note(), r.certificateId() == null ? null : r.certificateId().value(), evidence);
    }
}
