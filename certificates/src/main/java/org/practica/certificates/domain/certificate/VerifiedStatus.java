package org.practica.certificates.domain.certificate;

/** What the public verification answers. */
public enum VerifiedStatus {
    VALID,
    EXPIRED,
    REVOKED
}
