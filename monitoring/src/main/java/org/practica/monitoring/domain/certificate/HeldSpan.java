package org.practica.monitoring.domain.certificate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days one certificate counts as held: from the first day of its validity to the last, both
 * included, and no longer from the day it was revoked (a certificate revoked on its first day was
 * never held).
 */
public record HeldSpan(long person, LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn) {

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil) && (revokedOn == null || day.isBefore(revokedOn));
    }

    /** For each day, the people holding at least one of the certificates that day (a person with two counts once). */
    public static long[] holders(Iterable<HeldSpan> spans, List<LocalDate> days) {
        List<Set<Long>> people = days.stream().map(d -> (Set<Long>) new HashSet<Long>()).toList();
        for (HeldSpan span : spans) {
            for (int i = 0; i < days.size(); i++) {
                if (span.heldOn(days.get(i))) {
                    people.get(i).add(span.person());
                }
            }
        }
        return people.stream().mapToLong(Set::size).toArray();
    }
}
