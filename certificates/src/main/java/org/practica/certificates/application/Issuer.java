package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.CertificateSerial;
import org.practica.certificates.domain.certificate.SerialNumbers;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Makes certificates: takes the body's next serial for the year of issue and a fresh
 * verification code, and records who issued what. Callers have checked eligibility; the
 * certificate checks its own rules (an open programme, the renewal window).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Issuer {

    @Inject
    CertificateRepository certificates;

    @Inject
    SerialNumbers serials;

    @Inject
    Holders holders;

    @Inject
    CertificateDocuments documents;

    @Inject
    AuditLog audit;

    public Certificate first(ProfessionalBody body, CertificationProgramme programme, String holder, String by, Instant now) {
        String name = holders.find(holder).map(Holders.Holder::displayName)
                .orElseThrow(() -> new InvalidInput("person", "certificate.noSuchPerson", holder));
        Certificate c = Certificate.first(serial(body, now), VerificationCode.generate(), programme, holder, name, null, today(now), by, now);
        return issued(c, body, by);
    }

    public Certificate renewal(ProfessionalBody body, CertificationProgramme programme, Certificate current, String by, Instant now) {
        return issued(current.renewed(serial(body, now), VerificationCode.generate(), programme, today(now), by, now), body, by);
    }

    public Certificate reissue(ProfessionalBody body, CertificationProgramme programme, Certificate current, String newName, String by,
                               Instant now) {
        Certificate next = current.reissuedAs(newName, serial(body, now), VerificationCode.generate(), programme, by, now);
        audit.record(by, "certificate.revoked", "certificate:" + current.id().value(), current.revocationReason());
        return issued(next, body, by);
    }

    /** Stores the certificate with its signed PDF and credential, in the holder's language where the programme has it. */
    private Certificate issued(Certificate c, ProfessionalBody body, String by) {
        java.util.Optional<Holders.Holder> holder = holders.find(c.holder());
        c.placeIn(holder.map(Holders.Holder::country).orElse(null));
        certificates.add(c);
        String wanted = holder.map(Holders.Holder::language).orElse("en");
        String language = c.title().containsKey(wanted) ? wanted : c.title().containsKey("en") ? "en" : c.title().keySet().iterator().next();
        CertificateDocuments.Issued made = documents.make(c, body, language);
        c.attachCredential(made.credential());
        certificates.storeDocument(c.id(), language, made.pdf());
        audit.record(by, "certificate.issued", "certificate:" + c.id().value(), c.serial().value() + " " + c.reason() + " for " + c.holder());
        return c;
    }

    private CertificateSerial serial(ProfessionalBody body, Instant now) {
        int year = today(now).getYear();
        return CertificateSerial.of(body.code(), year, serials.next(body.id(), year));
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
