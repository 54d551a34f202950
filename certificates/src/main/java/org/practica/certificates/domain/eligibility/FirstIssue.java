package org.practica.certificates.domain.eligibility;

import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.programme.CertificationProgramme;

import java.time.LocalDate;

/**
 * Whether a person may have a first certificate under a programme on a day: they hold no valid
 * one under it already, and they meet every requirement. The one rule behind a person's claim, a
 * registrar's approval or direct issue, and a bulk run.
 */
public record FirstIssue(boolean alreadyHeld, Eligibility eligibility) {

    public static FirstIssue check(CertificationProgramme programme, String person, CertificateRepository certificates,
                                   LearningRecord record, LocalDate today) {
        boolean held = certificates.current(person, programme.id()).filter(c -> !c.validity().expiredOn(today)).isPresent();
        return new FirstIssue(held, Eligibility.assess(programme, person, record, today));
    }

    public boolean allowed() {
        return !alreadyHeld && eligibility.eligible();
    }

    public long unmet() {
        return eligibility.checks().stream().filter(c -> !c.met()).count();
    }
}
