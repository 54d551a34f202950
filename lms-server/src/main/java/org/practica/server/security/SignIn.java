package org.practica.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.InvalidInput;
import org.practica.server.identity.domain.StoredCredentials;
import org.practica.server.identity.domain.UserAccountRepository;
import org.practica.server.identity.domain.Username;

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

    private final Clock clock = Clock.systemUTC();

    public SignInOutcome attempt(String typedUsername, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(typedUsername, clientAddress, now);
        if (wait.isPresent()) {
            return SignInOutcome.throttled(wait.get());
        }
        Optional<StoredCredentials> stored = parse(typedUsername).flatMap(accounts::credentials)
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
        throttle.succeeded(typedUsername);
        var access = stored.get().access();
        Set<String> roles = access.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return SignInOutcome.accepted(access.username(), roles, access.stamp());
    }

    private static Optional<Username> parse(String typed) {
        try {
            return Optional.of(Username.typed(typed));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }
}
