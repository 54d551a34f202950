package org.practica.identity.domain;

import java.time.Instant;

/**
 * The TOTP arithmetic (RFC 6238: 30-second steps, six digits, HMAC-SHA1, as every authenticator
 * app expects) over a sealed secret; {@link SecondFactorSecrets} makes and seals the secrets.
 */
public interface OneTimeCodes {

    long step(Instant at);

    /** The six digits for the given step, from the secret as sealed for this account. */
    String codeAt(String secretSealed, long userId, long step);
}
