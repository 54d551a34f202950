package org.practica.certificates.domain.programme;

/** Whether a certificate is issued as soon as someone is eligible, or waits for a registrar. */
public enum IssuingMode {
    AUTOMATIC,
    APPROVAL
}
