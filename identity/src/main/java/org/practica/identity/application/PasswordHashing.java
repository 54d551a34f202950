package org.practica.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;
import java.util.Optional;

/**
 * PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}) with OWASP's 2023 advice for
 * PBKDF2-HMAC-SHA512: 210,000 iterations. Every hash and check takes a turn of
 * {@link HashingCapacity}, and none runs inside a transaction, so no slow hash ever holds a
 * database connection.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    HashingCapacity capacity;

    /** Hash of a random password, to spend the same time on unknown users as on known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return capacity.run(() -> hash.generate(password.toCharArray()));
    }

    public boolean matches(String password, String storedHash) {
        return capacity.run(() -> check(password, storedHash));
    }

    /**
     * Checks a password against a stored hash, or against a decoy when there is none (unknown or
     * disabled account: same cost, always false); empty when hashing is saturated.
     */
    public Optional<Boolean> tryMatches(String password, String storedHashOrNull) {
        return capacity.tryRun(() -> check(password, storedHashOrNull));
    }

    private boolean check(String password, String storedHash) {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        if (storedHash == null) {
            hash.verify(typed, decoy);
            return false;
        }
        return hash.verify(typed, storedHash);
    }
}
