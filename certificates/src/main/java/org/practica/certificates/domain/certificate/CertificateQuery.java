package org.practica.certificates.domain.certificate;

import java.time.LocalDate;

/** Filters a registrar applies to their body's certificates; nulls mean any. */
public record CertificateQuery(Long programmeId, CertificateStatus status, LocalDate issuedFrom, LocalDate issuedTo, String holder,
                               int offset, int limit) {

    public static CertificateQuery all() {
        return new CertificateQuery(null, null, null, null, null, 0, Integer.MAX_VALUE);
    }
}
