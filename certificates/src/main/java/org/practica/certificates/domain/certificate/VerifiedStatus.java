package org.practica.certificates.domain.certificate;

/** What the public verification answers. */
public enum VerifiedStatus {
    VALID,
    EXPIRED,
    REVOKED;

    /** Revoked for good; otherwise valid to the last day of its validity and expired after it. */
    public static VerifiedStatus of(CertificateStatus status, java.time.LocalDate validUntil, java.time.LocalDate day) {
        if (status == CertificateStatus.REVOKED) {
            return REVOKED;
        }
        return day.isAfter(validUntil) ? EXPIRED : VALID;
    }
}
