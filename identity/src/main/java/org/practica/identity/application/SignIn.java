package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.identity.application.PasswordHashing;
import org.practica.identity.application.SecondFactors;
import org.practica.identity.domain.StoredCredentials;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.SignInRecords;
import org.practica.identity.domain.Username;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a username and password, for the login page and the token endpoint alike. The stored
 * hash is read in one short query and the connection is back in the pool before the slow hash
 * runs; the hash waits for a turn of {@link HashingCapacity} and is refused when none comes.
 * Unknown names, disabled accounts and wrong passwords cost the same and answer the same, and
 * slow down the same way ({@link SignInThrottle}): there is no lock for anyone to trigger.
 */
@ApplicationScoped
public class SignIn {

    /** Sent as Retry-After when hashing is saturated: a moment, not a penalty. */
    private static final Duration BUSY = Duration.ofSeconds(2);

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    @Inject
    SecondFactors secondFactors;

    /** Installation setting: staff must use a second factor (they are asked to set one up at sign-in). */
    @Inject
    @ConfigProperty(name = "PRACTICA_REQUIRE_SECOND_FACTOR", defaultValue = "false")
    boolean secondFactorRequired;

    @Inject
    Clock clock;

    @Inject
    SignInRecords signIns;

    public SignInOutcome attempt(String typedUsername, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(typedUsername, clientAddress, now);
        if (wait.isPresent()) {
            return SignInOutcome.throttled(wait.get());
        }
        Optional<StoredCredentials> stored = Username.ifValid(typedUsername).flatMap(accounts::credentials)
                .filter(c -> c.access().enabled());
        boolean usable = stored.isPresent() && password != null && !password.isEmpty();
        Optional<Boolean> matched = hashing.tryMatches(password, usable ? stored.get().passwordHash() : null);
        if (matched.isEmpty()) {
            return SignInOutcome.throttled(BUSY);
        }
        if (!usable || !matched.get()) {
            throttle.failed(typedUsername, clientAddress, now);
            return SignInOutcome.rejected();
        }
        var access = stored.get().access();
        Set<String> roles = access.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        boolean mustEnrol = secondFactorRequired && !stored.get().secondFactor() && SecondFactors.offeredTo(access.roles());
        SignInOutcome outcome = SignInOutcome.accepted(access.username(), roles, access.stamp(), stored.get().mustChangePassword(), mustEnrol);
        if (stored.get().secondFactor()) {
            // the name stays slowed down until the second step is passed too
            return outcome.needingSecondFactor();
        }
        throttle.succeeded(typedUsername);
        signIns.record(outcome.username(), clientAddress, now);
        return outcome;
    }

    /**
     * The second step, after {@link #attempt} answered SECOND_FACTOR (that outcome, kept on the
     * server, is the proof of the first): a code from the authenticator app or a recovery code.
     * Wrong codes slow the name and the address down like wrong passwords.
     */
    public SignInOutcome secondStep(SignInOutcome passwordAccepted, String code, String clientAddress) {
        if (passwordAccepted == null || !passwordAccepted.needsSecondFactor()) {
            return SignInOutcome.rejected();
        }
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(passwordAccepted.username(), clientAddress, now);
        if (wait.isPresent()) {
            return SignInOutcome.throttled(wait.get());
        }
        if (code == null || code.isBlank() || !secondFactors.verify(passwordAccepted.username(), code.strip())) {
            throttle.failed(passwordAccepted.username(), clientAddress, now);
            return SignInOutcome.rejected();
        }
        throttle.succeeded(passwordAccepted.username());
        signIns.record(passwordAccepted.username(), clientAddress, now);
        return passwordAccepted.completed();
    }
}
