package org.practica.certificates.domain.eligibility;

import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.programme.CertificationProgramme;

import java.time.LocalDate;

/**
 * Whether a person may have a first certificate under a programme on a day: they hold no valid
 * one under it already, and they meet every requirement. The one rule behind a person's claim, a
 * registrar's approval or direct issue, and a bulk run. Someone who already holds one is not
 * assessed at all ({@code eligibility} is then null): a bulk run meets many of them, and asking
 * the other modules for their record would be wasted.
 */
public record FirstIssue(boolean alreadyHeld, Eligibility eligibility) {

    public static FirstIssue check(CertificationProgramme programme, String person, CertificateRepository certificates,
                                   LearningRecord record, LocalDate today) {
        boolean held = certificates.current(person, programme.id()).filter(c -> !c.validity().expiredOn(today)).isPresent();
        return new FirstIssue(held, held ? null : Eligibility.assess(programme, person, record, today));
    }

    public boolean allowed() {
        return !alreadyHeld && eligibility.eligible();
    }

    /** How many requirements are not met; asked only of someone who does not hold one already. */
    public long unmet() {
        return eligibility.checks().stream().filter(c -> !c.met()).count();
    }
}
