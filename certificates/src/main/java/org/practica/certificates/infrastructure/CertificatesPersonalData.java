package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.Certification;
import org.practica.certificates.domain.certificate.VerifiedStatus;
import org.practica.kernel.Actor;
import org.practica.kernel.NotFound;
import org.practica.kernel.PersonalData;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's certificates, each with its signed PDF and portable credential as issued (a revoked
 * one's PDF is not handed out, as anywhere else).
 */
@ApplicationScoped
public class CertificatesPersonalData implements PersonalData {

    @Inject
    Certification certification;

    @Override
    public String part() {
        return "certificates";
    }

    @Override
    public Records of(Actor person) {
        List<CertificateView> mine = certification.mine(person);
        Map<String, byte[]> files = new HashMap<>();
        for (CertificateView c : mine) {
            if (c.status() != VerifiedStatus.REVOKED) {
                try {
                    files.put("certificates/" + fileName(c) + ".pdf", certification.pdf(person, c.id()));
                } catch (NotFound noDocument) {
                    // issued before documents were kept: the record above still says everything
                }
            }
            try {
                files.put("certificates/" + fileName(c) + ".credential.json",
                        certification.credential(person, c.id()).getBytes(StandardCharsets.UTF_8));
            } catch (NotFound noCredential) {
                // likewise
            }
        }
        return new Records(Map.of("certificates", mine), Map.of("certificates", mine.size()), files);
    }

    private static String fileName(CertificateView c) {
        return c.serial().replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
