package org.practica.certificates.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.certificates.application.CertificateDocuments;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.documents.Wordings;

/**
 * Makes an issued certificate's PDF and credential and signs both with the installation's key.
 * Links in them point at the installation's public address (PRACTICA_PUBLIC_URL).
 */
@ApplicationScoped
public class SignedCertificateDocuments implements CertificateDocuments {

    @Inject
    IssuerKeys keys;

    @Inject
    Wordings wordings;

    @Inject
    @ConfigProperty(name = "PRACTICA_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Override
    public byte[] pdf(Certificate certificate, ProfessionalBody body, String language) {
        byte[] pdf = CertificatePdf.render(certificate, body, language, wordings.in(java.util.Locale.forLanguageTag(language)), publicUrl() + "/verify.xhtml?code=" + certificate.verificationCode().value());
        return PdfSignature.sign(pdf, keys.current(), "Certificate " + certificate.serial().value() + " issued by " + body.name(),
                body.country(), certificate.issuedAt());
    }

    @Override
    public String credential(Certificate certificate, ProfessionalBody body, String language) {
        return OpenBadgeCredential.sign(certificate, body, language, publicUrl(), keys.current());
    }

    /** The installation's public address, for pages that print links. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
