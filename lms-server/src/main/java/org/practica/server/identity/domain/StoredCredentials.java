package org.practica.server.identity.domain;

/** An account's password hash with its access state, read in one query for a sign-in. */
public record StoredCredentials(AccessState access, String passwordHash) {

    @Override
    public String toString() {
        return "StoredCredentials[" + access.username() + "]";   // never the hash
    }
}
