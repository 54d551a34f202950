package org.practica.server.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2 parameters in one place: {@link PracticaIdentityStore} verifies with them and this
 * bean hashes with them. OWASP's 2023 advice for PBKDF2-HMAC-SHA512 is 210,000 iterations.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    /** Hash of a random password, to spend the same time on unknown users as on known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE)));
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Costs what a real check costs and always fails. */
    public void spendTimeOfOneCheck(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }

    private static String key(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    private static String value(String setting) {
        return setting.substring(setting.indexOf('=') + 1);
    }
}
