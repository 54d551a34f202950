package org.practica.certificates.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.practica.kernel.Refusals;

import java.math.BigDecimal;

/**
 * How a certificate of the programme is renewed: CPD hours earned while the certificate was
 * valid, asked for from some days before it expires until some days after (the grace period).
 * After the grace period the person is certified afresh.
 */
@Embeddable
public class RenewalRule {

    @Column(name = "renewal_cpd_hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal cpdHours;

    @Column(name = "renewal_opens_days", nullable = false)
    private int opensDaysBefore;

    @Column(name = "renewal_grace_days", nullable = false)
    private int graceDays;

    protected RenewalRule() {
    }

    public RenewalRule(BigDecimal cpdHours, int opensDaysBefore, int graceDays) {
        Refusals refusals = new Refusals();
        refusals.refuseIf(cpdHours == null || cpdHours.signum() < 0 || cpdHours.compareTo(Requirement.MAX_HOURS) > 0,
                "renewalCpdHours", "requirement.hours.range", Requirement.MAX_HOURS);
        refusals.refuseIf(opensDaysBefore < 0 || opensDaysBefore > 366, "renewalOpensDaysBefore", "programme.renewal.days", 366);
        refusals.refuseIf(graceDays < 0 || graceDays > 366, "renewalGraceDays", "programme.renewal.days", 366);
        refusals.throwIfAny();
        this.cpdHours = cpdHours;
        this.opensDaysBefore = opensDaysBefore;
        this.graceDays = graceDays;
    }

    public BigDecimal cpdHours() {
        return cpdHours;
    }

    public int opensDaysBefore() {
        return opensDaysBefore;
    }

    public int graceDays() {
        return graceDays;
    }
}
