package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.HeldCertificate;
import org.practica.kernel.TrainingEvent;
import org.practica.kernel.TrainingFacts;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.CertificateSerial;
import org.practica.certificates.domain.certificate.SerialNumbers;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

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

    @Inject
    Notifier notifier;

    @Inject
    Instance<TrainingFacts> factsProvided;

    public Certificate first(ProfessionalBody body, CertificationProgramme programme, String holder, String by, Instant now) {
        Holders.Holder person = person(holder);
        return issued(firstOf(body, programme, person, by, now), body, Optional.of(person), by, true);
    }

    /**
     * A first certificate issued by a bulk run: stored with its credential at once; its PDF is
     * printed by the run's next step, outside the serial counter's lock.
     */
    public Certificate firstInBulk(long run, ProfessionalBody body, CertificationProgramme programme, String holder, String by,
                                   Instant now) {
        Holders.Holder person = person(holder);
        Certificate c = firstOf(body, programme, person, by, now);
        c.issuedBy(run);
        return issued(c, body, Optional.of(person), by, false);
    }

    /** Makes and stores the signed PDF of a certificate issued without one. */
    public void print(Certificate c, ProfessionalBody body) {
        String language = language(c, holders.find(c.holder()));
        certificates.storeDocument(c.id(), language, documents.pdf(c, body, language));
    }

    private Holders.Holder person(String holder) {
        return holders.find(holder).orElseThrow(() -> new InvalidInput("person", "certificate.noSuchPerson", holder));
    }

    private Certificate firstOf(ProfessionalBody body, CertificationProgramme programme, Holders.Holder holder, String by, Instant now) {
        return Certificate.first(serial(body, now), VerificationCode.generate(), programme, holder.username(), holder.displayName(), null,
                today(now), by, now);
    }

    public Certificate renewal(ProfessionalBody body, CertificationProgramme programme, Certificate current, String by, Instant now) {
        return issued(current.renewed(serial(body, now), VerificationCode.generate(), programme, today(now), by, now), body,
                holders.find(current.holder()), by, true);
    }

    public Certificate reissue(ProfessionalBody body, CertificationProgramme programme, Certificate current, String newName, String by,
                               Instant now) {
        Certificate next = current.reissuedAs(newName, serial(body, now), VerificationCode.generate(), programme, by, now);
        audit.record(by, "certificate.revoked", "certificate:" + current.id().value(), current.revocationReason());
        told(current);
        return issued(next, body, holders.find(next.holder()), by, true);
    }

    /** Stores the certificate with its signed credential and, when asked, its PDF, in the holder's language where the programme has it. */
    private Certificate issued(Certificate c, ProfessionalBody body, Optional<Holders.Holder> holder, String by, boolean print) {
        c.placeIn(holder.map(Holders.Holder::country).orElse(null));
        String language = language(c, holder);
        // the credential names the certificate by its code, not its row, so it is made before the row is written
        c.attachCredential(documents.credential(c, body, language));
        certificates.add(c);
        if (print) {
            certificates.storeDocument(c.id(), language, documents.pdf(c, body, language));
        }
        audit.record(by, "certificate.issued", "certificate:" + c.id().value(), c.serial().value() + " " + c.reason() + " for user:" + c.holder());
        if (factsProvided != null && factsProvided.isResolvable()) {
            factsProvided.get().record(TrainingEvent.CERTIFIED, c.holder(), null, c.issuedAt(), BigDecimal.ONE);
        }
        told(c);
        notifier.tell(c.holder(), NoticeKind.CERTIFICATE_ISSUED, "/certificates/index.xhtml", c.title().in(language), c.serial().value());
        return c;
    }

    /** Tells monitoring the days the certificate counts as held: from issue to expiry, or to the day it was revoked. */
    void told(Certificate c) {
        if (factsProvided != null && factsProvided.isResolvable() && c.id() != null) {
            factsProvided.get().certificateHeld(new HeldCertificate(c.id().value(), c.holder(), c.bodyId().value(), today(c.issuedAt()), c.validity().from(),
                    c.validity().until(), c.revokedAt() == null ? null : today(c.revokedAt())));
        }
    }

    private static String language(Certificate c, Optional<Holders.Holder> holder) {
        return c.title().languageFor(holder.map(Holders.Holder::language).orElse("en"));
    }

    private CertificateSerial serial(ProfessionalBody body, Instant now) {
        int year = today(now).getYear();
        return CertificateSerial.of(body.code(), year, serials.next(body.id(), year));
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
