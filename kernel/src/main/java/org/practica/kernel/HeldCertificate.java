package org.practica.kernel;

import java.time.LocalDate;

/**
 * A certificate as monitoring counts it, told when it is issued and again when it is revoked: who
 * holds it (a username, which monitoring turns into an account number), which body issued it, and
 * the day it was issued and the days it is valid, both included; {@code revokedOn} is the day it stopped counting, or null.
 */
public record HeldCertificate(long certificateId, String holder, long bodyId, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
                              LocalDate revokedOn) {
}
