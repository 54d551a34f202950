package org.practica.monitoring;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Independent reads run on the server's other threads, so a page waits for the longest of them,
 * not for their sum; done in line where there is no executor (unit tests).
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static <T> CompletableFuture<T> start(ManagedExecutorService executor, Supplier<T> read) {
        return executor == null ? CompletableFuture.completedFuture(read.get()) : executor.supplyAsync(read);
    }

    /** The read's result; a failure of its own comes back as it was thrown. */
    public static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
