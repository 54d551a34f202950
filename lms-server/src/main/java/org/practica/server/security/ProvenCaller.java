package org.practica.server.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the login page hands the authentication mechanism after {@link SignIn} has accepted a
 * password: the outcome, never the password. The password thus never passes through the
 * container's security code, whose failure reports (FFDC) record the arguments they were given.
 * Only this package can make one.
 */
public final class ProvenCaller implements Credential {

    private final SignInOutcome outcome;

    ProvenCaller(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    SignInOutcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return "ProvenCaller[" + outcome.username() + "]";
    }
}
