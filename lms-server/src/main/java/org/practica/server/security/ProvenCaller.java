package org.practica.server.security;

import jakarta.security.enterprise.credential.Credential;
import org.practica.identity.application.SignIn;
import org.practica.identity.application.SignInOutcome;

/**
 * What the login page hands the authentication mechanism after {@link SignIn} has accepted a
 * password: the outcome, never the password. The password thus never passes through the
 * container's security code, whose failure reports (FFDC) record the arguments they were given.
 */
public final class ProvenCaller implements Credential {

    private final SignInOutcome outcome;

    private ProvenCaller(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    /** Proof that this person has just signed in: only an accepted sign-in is. */
    public static ProvenCaller of(SignInOutcome accepted) {
        if (!accepted.isAccepted()) {
            throw new IllegalStateException("only an accepted sign-in is proof");
        }
        return new ProvenCaller(accepted);
    }

    SignInOutcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return "ProvenCaller[" + outcome.username() + "]";
    }
}
