package org.practica.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Sign-ins on the login page that passed the password and wait for the code from the
 * authenticator app, for five minutes, under an unguessable reference the page carries. The
 * page thus needs no session before the person is known; the reference alone gets no one past
 * the second step.
 */
@ApplicationScoped
public class PendingSecondSteps {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Cache<String, SignInOutcome> waiting = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    public String hold(SignInOutcome passwordAccepted) {
        if (!passwordAccepted.needsSecondFactor()) {
            throw new IllegalArgumentException("only a sign-in waiting for its second factor is held");
        }
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        waiting.put(reference, passwordAccepted);
        return reference;
    }

    public Optional<SignInOutcome> find(String reference) {
        return reference == null ? Optional.empty() : Optional.ofNullable(waiting.getIfPresent(reference));
    }

    public void done(String reference) {
        waiting.invalidate(reference);
    }
}
