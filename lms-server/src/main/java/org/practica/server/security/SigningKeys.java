package org.practica.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * RSA keys that sign API tokens. They are kept in the database so that every instance of a
 * cluster signs and verifies with the same keys and tokens survive restarts; the newest key
 * signs, all stored keys verify.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    SigningKeyStore store;

    /** A token naming an unknown key costs at most one database look-up per interval. */
    private static final long RELOAD_INTERVAL_NANOS = 30_000_000_000L;

    private volatile List<RSAKey> keys = List.of();
    private volatile long lastReload = System.nanoTime() - RELOAD_INTERVAL_NANOS;

    RSAKey current() {
        List<RSAKey> known = keys;
        if (known.isEmpty()) {
            known = reload();
        }
        if (known.isEmpty()) {
            createKey();
            known = reload();
        }
        return known.get(0);
    }

    Optional<RSAKey> byId(String kid) {
        Optional<RSAKey> key = find(keys, kid);
        if (key.isPresent() || System.nanoTime() - lastReload < RELOAD_INTERVAL_NANOS) {
            return key;
        }
        return find(reload(), kid);
    }

    /** The public half, for anyone who wants to check our tokens themselves. */
    public JWKSet publicKeys() {
        current();
        return new JWKSet(new ArrayList<>(keys.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList()));
    }

    private static Optional<RSAKey> find(List<RSAKey> keys, String kid) {
        return keys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    private synchronized List<RSAKey> reload() {
        keys = store.load();
        lastReload = System.nanoTime();
        return keys;
    }

    private void createKey() {
        try {
            store.insert(new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not create a token signing key", e);
        }
    }
}
