package org.practica.server.identity.domain;

import java.time.Instant;

/**
 * The TOTP arithmetic (RFC 6238: 30-second steps, six digits, HMAC-SHA1, as every authenticator
 * app expects) over a sealed secret; the server implements it with the notes key and a TOTP library.
 */
public interface OneTimeCodes {

    long step(Instant at);

    /** The six digits for the given step, from the secret as sealed for this account. */
    String codeAt(String secretSealed, long userId, long step);
}
