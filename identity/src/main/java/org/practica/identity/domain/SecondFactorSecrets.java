package org.practica.identity.domain;

/**
 * Makes second-factor secrets and seals them bound to their account, so a copy of the database
 * alone gives no one's second factor away.
 */
public interface SecondFactorSecrets {

    /** A new secret, in the Base32 that authenticator apps read. */
    String newSecret();

    String seal(String secretBase32, long userId);

    String open(String secretSealed, long userId);

    /** Whether the sealed secret was sealed with the installation key that seals now. */
    boolean sealedWithCurrentKey(String secretSealed);
}
