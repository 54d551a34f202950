package org.practica.certificates.domain.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The days a certificate is valid, both included: a certificate of 36 months issued on 15 March
 * 2026 is valid from that day until 14 March 2029.
 */
@Embeddable
public class Validity {

    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    @Column(name = "valid_until", nullable = false)
    private LocalDate until;

    protected Validity() {
    }

    public Validity(LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a validity ends after it starts");
        }
        this.from = from;
        this.until = until;
    }

    /** A first certificate: valid from the day of issue for the programme's months. */
    public static Validity starting(LocalDate issuedOn, int months) {
        return new Validity(issuedOn, issuedOn.plusMonths(months).minusDays(1));
    }

    /**
     * A renewal continues the current certificate without a gap or an overlap: renewed early, the
     * new one starts the day after the current one ends, so no paid-for time is lost; renewed in
     * the grace period, it starts on the day of renewal.
     */
    public static Validity renewing(Validity current, LocalDate today, int months) {
        LocalDate next = current.until.plusDays(1);
        return starting(today.isAfter(next) ? today : next, months);
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(until);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate until() {
        return until;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity v && v.from.equals(from) && v.until.equals(until);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + until.hashCode();
    }

    @Override
    public String toString() {
        return from + ".." + until;
    }
}
