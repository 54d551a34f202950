package org.practica.certificates.domain.certificate;

import org.practica.certificates.domain.body.BodyId;

/**
 * Hands out a body's serial numbers for a year, in order and without gaps: the counter row is
 * locked until the issuing transaction ends, so a rolled-back issue gives its number back.
 */
public interface SerialNumbers {

    long next(BodyId body, int year);
}
