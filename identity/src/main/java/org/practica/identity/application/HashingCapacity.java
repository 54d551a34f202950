package org.practica.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Password hashing is deliberately slow (a fifth of a second of one core), so a burst of sign-ins
 * could take every core and every request thread. Only so many hashes run at once (half the
 * cores by default), only a few more wait for a turn, briefly; anything beyond is refused at
 * once, and the caller answers 429 with Retry-After. Pages, answer saves and health checks keep
 * the rest of the machine.
 */
@ApplicationScoped
public class HashingCapacity {

    @Inject
    @ConfigProperty(name = "PRACTICA_SIGNIN_HASHING_THREADS", defaultValue = "0")
    int configuredThreads;

    @Inject
    @ConfigProperty(name = "PRACTICA_SIGNIN_WAITING", defaultValue = "8")
    int maxWaiting;

    private Semaphore running;
    private final AtomicInteger admitted = new AtomicInteger();
    private int threads;

    @PostConstruct
    void init() {
        threads = configuredThreads > 0 ? configuredThreads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        running = new Semaphore(threads, true);
    }

    /** The result of the work, or empty when hashing is saturated and the caller should come back later. */
    public <T> Optional<T> tryRun(Supplier<T> work) {
        if (admitted.incrementAndGet() > threads + maxWaiting) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        try {
            if (!running.tryAcquire(2, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            admitted.decrementAndGet();
        }
    }

    /**
     * For hashes that are no sign-in (an administrator creating an account, a person changing their
     * password, start-up): rare, so they wait their turn for up to half a minute rather than being
     * turned away by a sign-in flood.
     */
    public <T> T run(Supplier<T> work) {
        try {
            if (!running.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new HashingBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusy();
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    /** Every hashing turn is taken; try again in a moment. */
    public static class HashingBusy extends RuntimeException {
        public HashingBusy() {
            super("password hashing is saturated");
        }
    }
}
