package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.certificate.VerifiedStatus;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MillisecondClock;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Public verification by code, for anyone, without signing in. A malformed code and an unknown
 * one get the same answer, so the answers reveal nothing about which codes exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Verification {

    @Inject
    CertificateRepository certificates;

    @Inject
    BodyRepository bodies;

    private final Clock clock = MillisecondClock.utc();

    public VerificationView verify(String typedCode) {
        VerificationCode code;
        try {
            code = VerificationCode.typed(typedCode);
        } catch (InvalidInput e) {
            throw new NotFound("certificate.notVerified");
        }
        Certificate c = certificates.byCode(code).orElseThrow(() -> new NotFound("certificate.notVerified"));
        ProfessionalBody body = bodies.find(c.bodyId()).orElseThrow();
        VerifiedStatus status = c.statusOn(LocalDate.now(clock));
        return new VerificationView(status.name(), c.serial().value(), c.title(), body.name(), body.country(), c.validity().from(),
                c.validity().until(), c.revokedAt() == null ? null : LocalDate.ofInstant(c.revokedAt(), ZoneOffset.UTC),
                c.nameDisclosure().shown(c.holderName()));
    }
}
