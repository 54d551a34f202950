package org.practica.certificates.application;

import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.VerifiedStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A certificate as its holder and the body's registrars see it; the verification code is the holder's to share.
 * {@code bodyNames} has the body's name in every language it goes by, {@code bodyName} its English one for older clients.
 */
public record CertificateView(long id, String serial, String verificationCode, long bodyId, String bodyName, Map<String, String> bodyNames,
                              long programmeId,
                              Map<String, String> title, String holder, String holderName, String nameDisclosure, LocalDate validFrom,
                              LocalDate validUntil, VerifiedStatus status, String reason, Long previousId, Instant issuedAt, String issuedBy,
                              Instant revokedAt, String revocationReason) {

    static CertificateView of(Certificate c, ProfessionalBody body, LocalDate today) {
        return new CertificateView(c.id().value(), c.serial().value(), c.verificationCode().value(), c.bodyId().value(), body.name(),
                body.names().versions(),
                c.programmeId().value(), c.title().versions(), c.holder(), c.holderName(), c.nameDisclosure().name(), c.validity().from(),
                c.validity().until(), c.statusOn(today), c.reason().name(), c.previousId(), c.issuedAt(), c.issuedBy(),
                c.revokedAt(), c.revocationReason());
    }
}
