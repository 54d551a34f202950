package org.practica.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows guessing down per username (progressive delays, the same for names that exist and names
 * that do not) and per client address (so many wrong passwords a minute). Kept in memory behind
 * this one class, so a shared cache can replace it when instances multiply.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "PRACTICA_SIGNIN_FAILURES_PER_MINUTE", defaultValue = "30")
    long failuresPerAddressAndMinute;

    private final ProgressiveDelay delay = ProgressiveDelay.STANDARD;

    private record Failures(int count, Instant last) {
    }

    private Cache<String, Failures> byName;
    private Cache<String, Bucket> byAddress;

    @PostConstruct
    void init() {
        byName = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(Duration.ofHours(1)).build();
        byAddress = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** How long this attempt must wait, or empty when it may go ahead now. */
    public Optional<Duration> waitFor(String username, String address, Instant now) {
        Bucket bucket = byAddress.getIfPresent(address);
        if (bucket != null && bucket.getAvailableTokens() <= 0) {
            return Optional.of(Duration.ofSeconds(Math.max(1, 60 / Math.max(1, failuresPerAddressAndMinute))));
        }
        Failures failures = byName.getIfPresent(key(username));
        if (failures == null) {
            return Optional.empty();
        }
        Instant allowed = failures.last().plus(delay.after(failures.count()));
        return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
    }

    public void failed(String username, String address, Instant now) {
        byName.asMap().merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        byAddress.get(address, a -> Bucket.builder().addLimit(Bandwidth.builder().capacity(failuresPerAddressAndMinute)
                .refillGreedy(failuresPerAddressAndMinute, Duration.ofMinutes(1)).build()).build()).tryConsume(1);
    }

    public void succeeded(String username) {
        byName.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
