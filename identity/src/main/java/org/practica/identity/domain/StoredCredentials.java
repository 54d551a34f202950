package org.practica.identity.domain;

/**
 * An account's password hash with its access state, read in one query for a sign-in, and whether
 * the password is a one-time one that must be replaced now.
 */
public record StoredCredentials(AccessState access, String passwordHash, boolean mustChangePassword, boolean secondFactor) {

    @Override
    public String toString() {
        return "StoredCredentials[" + access.username() + "]";   // never the hash
    }
}
