package org.practica.certificates.application;

import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;

/**
 * Turns an issued certificate into what travels without us: a signed PDF to print and a signed
 * portable credential that verifies without our server. The server signs with the installation's
 * key.
 */
public interface CertificateDocuments {

    Issued make(Certificate certificate, ProfessionalBody body, String language);

    /** The PDF and the credential (a compact JWS). */
    record Issued(byte[] pdf, String credential) {
    }
}
