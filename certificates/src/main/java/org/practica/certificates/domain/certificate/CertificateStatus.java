package org.practica.certificates.domain.certificate;

/** What a registrar has done to a certificate; whether it has expired follows from its dates. */
public enum CertificateStatus {
    ISSUED,
    REVOKED
}
