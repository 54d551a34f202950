package org.practica.server.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.certificates.application.CertificateDocuments;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;

/**
 * Makes an issued certificate's PDF and credential and signs both with the installation's key.
 * Links in them point at the installation's public address (PRACTICA_PUBLIC_URL).
 */
@ApplicationScoped
public class SignedCertificateDocuments implements CertificateDocuments {

    @Inject
    IssuerKeys keys;

    @Inject
    @ConfigProperty(name = "PRACTICA_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Override
    public Issued make(Certificate certificate, ProfessionalBody body, String language) {
        IssuerKeys.IssuerKey key = keys.current();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        byte[] pdf = CertificatePdf.render(certificate, body, language, base + "/verify.xhtml?code=" + certificate.verificationCode().value());
        byte[] signed = PdfSignature.sign(pdf, key, "Certificate " + certificate.serial().value() + " issued by " + body.name(),
                body.country(), certificate.issuedAt());
        return new Issued(signed, OpenBadgeCredential.sign(certificate, body, language, base, key));
    }

    /** The installation's public address, for pages that print links. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
