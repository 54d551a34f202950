package org.practica.server.security;

import java.time.Duration;
import java.util.Set;

/**
 * The answer to one attempt to sign in with a username and password. A refusal never says
 * whether the name exists; a throttled attempt was not checked at all and says when to retry.
 */
public record SignInOutcome(Result result, String username, Set<String> roles, int accessStamp, Duration retryAfter) {

    public enum Result { ACCEPTED, REJECTED, THROTTLED }

    static SignInOutcome accepted(String username, Set<String> roles, int accessStamp) {
        return new SignInOutcome(Result.ACCEPTED, username, Set.copyOf(roles), accessStamp, Duration.ZERO);
    }

    static SignInOutcome rejected() {
        return new SignInOutcome(Result.REJECTED, null, Set.of(), 0, Duration.ZERO);
    }

    static SignInOutcome throttled(Duration retryAfter) {
        return new SignInOutcome(Result.THROTTLED, null, Set.of(), 0, retryAfter);
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTED;
    }

    /** Whole seconds to wait before trying again, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Message key shown to the person; the same for unknown users and wrong passwords. */
    public String messageKey() {
        return switch (result) {
            case ACCEPTED -> "login.ok";
            case REJECTED -> "login.failed";
            case THROTTLED -> "login.throttled";
        };
    }

    /** Proof for the authentication mechanism that this person has just signed in. */
    public ProvenCaller proof() {
        if (!isAccepted()) {
            throw new IllegalStateException("only an accepted sign-in is proof");
        }
        return new ProvenCaller(this);
    }
}
