package org.practica.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks the API's bearer tokens: RS256-signed JWTs carrying the claims of the
 * MicroProfile JWT profile (iss, sub, upn, groups, iat, exp, jti), so other MicroProfile services
 * can accept them using the keys published at /api/v1/auth/jwks.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String ISSUER = "practica";

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "practica.token.lifetime.seconds", defaultValue = "3600")
    long lifetimeSeconds;

    @Inject
    Clock clock;

    public record Issued(String token, Instant expiresAt) {
    }

    /** Who a token speaks for, and the access stamp their account had when it was issued. */
    public record Bearer(String username, Set<String> roles, int accessStamp) {
    }

    /** Claim naming the account's access stamp at issue; see {@link CurrentAccess}. */
    static final String STAMP_CLAIM = "practica_stamp";

    public Duration maximumLifetime() {
        return Duration.ofSeconds(lifetimeSeconds);
    }

    public Issued issue(String username, Set<String> roles, int accessStamp, Duration requested) {
        Duration lifetime = requested == null || requested.compareTo(maximumLifetime()) > 0 ? maximumLifetime() : requested;
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim("upn", username)
                .claim("groups", List.copyOf(roles))
                .claim(STAMP_CLAIM, accessStamp)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return new Issued(jwt.serialize(), expires);
    }

    /**
     * Verifies a token, once: a client sends the same token with every call until it expires, and
     * checking an RSA signature each time cost as much as the call's own work. A verified token is
     * remembered for at most {@link #REVERIFY_AFTER}; expiry is still checked on every call.
     */
    public Bearer verify(String token) throws InvalidToken {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.recheckAt())) {
            if (!now.isBefore(known.expiresAt())) {
                verified.remove(token);
                throw new InvalidToken("token.expired");
            }
            return known.caller();
        }
        Verified fresh = verifySignature(token);
        verified.put(token, new Verified(fresh.caller(), fresh.expiresAt(), now.plus(REVERIFY_AFTER)));
        return fresh.caller();
    }

    private record Verified(Bearer caller, Instant expiresAt, Instant recheckAt) {
    }

    private static final int VERIFIED_MAX = 20_000;
    private static final java.time.Duration REVERIFY_AFTER = java.time.Duration.ofMinutes(5);
    private final org.practica.kernel.BoundedCache<String, Verified> verified = new org.practica.kernel.BoundedCache<>(VERIFIED_MAX);

    private Verified verifySignature(String token) throws InvalidToken {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new InvalidToken("token.invalid");
            }
            Optional<RSAKey> key = Optional.ofNullable(jwt.getHeader().getKeyID()).flatMap(keys::byId);
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get().toRSAPublicKey()))) {
                throw new InvalidToken("token.invalid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null) {
                throw new InvalidToken("token.invalid");
            }
            if (!clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
                throw new InvalidToken("token.expired");
            }
            List<String> groups = claims.getStringListClaim("groups");
            Long stamp = claims.getLongClaim(STAMP_CLAIM);
            String upn = claims.getStringClaim("upn");
            if (stamp == null || upn == null) {
                throw new InvalidToken("token.invalid");
            }
            return new Verified(new Bearer(upn, groups == null ? Set.of() : Set.copyOf(new HashSet<>(groups)), stamp.intValue()),
                    claims.getExpirationTime().toInstant(), null);
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new InvalidToken("token.invalid");
        }
    }
}
