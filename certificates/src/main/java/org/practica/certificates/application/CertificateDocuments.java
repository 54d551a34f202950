package org.practica.certificates.application;

import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;

/**
 * Turns an issued certificate into what travels without us: a signed PDF to print and a signed
 * portable credential that verifies without our server. The server signs with the installation's
 * key.
 */
public interface CertificateDocuments {

    /** The signed PDF, in the language given (labels fall back to English). */
    byte[] pdf(Certificate certificate, ProfessionalBody body, String language);

    /** The signed portable credential, a compact JWS. */
    String credential(Certificate certificate, ProfessionalBody body, String language);
}
