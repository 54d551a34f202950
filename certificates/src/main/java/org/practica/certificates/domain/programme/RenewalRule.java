package org.practica.certificates.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.practica.kernel.InvalidInput;
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
        refusals.check(() -> {
            if (cpdHours == null || cpdHours.signum() < 0 || cpdHours.compareTo(Requirement.MAX_HOURS) > 0) {
                throw new InvalidInput("renewalCpdHours", "requirement.hours.range", Requirement.MAX_HOURS);
            }
        });
        refusals.check(() -> days("renewalOpensDaysBefore", opensDaysBefore));
        refusals.check(() -> days("renewalGraceDays", graceDays));
        refusals.throwIfAny();
        this.cpdHours = cpdHours;
        this.opensDaysBefore = opensDaysBefore;
        this.graceDays = graceDays;
    }

    private static void days(String field, int days) {
        if (days < 0 || days > 366) {
            throw new InvalidInput(field, "programme.renewal.days", 366);
        }
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
