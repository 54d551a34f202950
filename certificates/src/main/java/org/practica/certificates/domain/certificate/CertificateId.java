package org.practica.certificates.domain.certificate;

/** The internal identity of a certificate; the public refer to it by serial or verification code. */
public record CertificateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
