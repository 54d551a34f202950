package org.practica.server.security;

import java.util.Set;

/** The answer to one attempt to sign in with a username and password. */
public record SignInOutcome(Result result, String username, Set<String> roles) {

    public enum Result { ACCEPTED, REJECTED, LOCKED }

    static SignInOutcome accepted(String username, Set<String> roles) {
        return new SignInOutcome(Result.ACCEPTED, username, Set.copyOf(roles));
    }

    static SignInOutcome rejected() {
        return new SignInOutcome(Result.REJECTED, null, Set.of());
    }

    static SignInOutcome locked() {
        return new SignInOutcome(Result.LOCKED, null, Set.of());
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTED;
    }

    /** Message key shown to the person; the same for unknown users and wrong passwords. */
    public String messageKey() {
        return switch (result) {
            case ACCEPTED -> "login.ok";
            case REJECTED -> "login.failed";
            case LOCKED -> "login.locked";
        };
    }
}
