package org.practica.monitoring.domain.certificate;

import org.practica.monitoring.domain.CountFilter;

import java.time.LocalDate;
import java.util.List;

/**
 * The certificates monitoring counts as held: per certificate its holder's account number, the
 * issuing body and the days it is valid, cut short on the day it was revoked. Nothing else of the
 * certificate (no name, no serial) is kept.
 */
public interface HeldCertificates {

    /** Keeps or updates one certificate's days (a revocation shortens them). */
    void hold(long certificateId, long person, long organisation, long bodyId, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
              LocalDate revokedOn);

    /**
     * For each day, the people of the filter's organisation, facts and training (the people of its
     * courses or cohort; narrowed to a body, that body's certificates) who held at least one valid
     * certificate on that day.
     */
    long[] holders(CountFilter filter, List<LocalDate> days);
}
