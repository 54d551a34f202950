package org.practica.identity.application;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * The answer to one attempt to sign in. A refusal never says whether the name exists; a
 * throttled attempt was not checked at all and says when to retry; SECOND_FACTOR means the
 * password was right and a code from the person's authenticator app is needed next (the outcome
 * itself is the proof of the first step, kept only on the server).
 */
public record SignInOutcome(Result result, String username, Set<String> roles, int accessStamp, Duration retryAfter,
                            boolean mustChangePassword, boolean mustEnrolSecondFactor) implements Serializable {

    public enum Result { ACCEPTED, REJECTED, THROTTLED, SECOND_FACTOR }

    static SignInOutcome accepted(String username, Set<String> roles, int accessStamp, boolean mustChangePassword,
                                  boolean mustEnrolSecondFactor) {
        return new SignInOutcome(Result.ACCEPTED, username, Set.copyOf(roles), accessStamp, Duration.ZERO, mustChangePassword,
                mustEnrolSecondFactor);
    }

    static SignInOutcome rejected() {
        return new SignInOutcome(Result.REJECTED, null, Set.of(), 0, Duration.ZERO, false, false);
    }

    static SignInOutcome throttled(Duration retryAfter) {
        return new SignInOutcome(Result.THROTTLED, null, Set.of(), 0, retryAfter, false, false);
    }

    SignInOutcome needingSecondFactor() {
        return new SignInOutcome(Result.SECOND_FACTOR, username, roles, accessStamp, Duration.ZERO, mustChangePassword, false);
    }

    SignInOutcome completed() {
        return new SignInOutcome(Result.ACCEPTED, username, roles, accessStamp, Duration.ZERO, mustChangePassword, false);
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTED;
    }

    public boolean needsSecondFactor() {
        return result == Result.SECOND_FACTOR;
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
            case SECOND_FACTOR -> "login.secondFactor";
        };
    }
}
