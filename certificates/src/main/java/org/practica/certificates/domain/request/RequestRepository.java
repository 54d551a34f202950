package org.practica.certificates.domain.request;

import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.ProgrammeId;

import java.util.List;
import java.util.Optional;

public interface RequestRepository {

    Optional<CertificateRequest> find(long id);

    Optional<CertificateRequest> pending(String person, ProgrammeId programme);

    List<CertificateRequest> pendingFor(BodyId body);

    /** Per body, how many requests have waited since before {@code before}. */
    java.util.Map<Long, Long> waitingSince(java.time.Instant before);

    List<CertificateRequest> of(String person);

    void add(CertificateRequest request);
}
